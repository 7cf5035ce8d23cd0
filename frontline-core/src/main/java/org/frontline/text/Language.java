package org.frontline.text;

/** The languages Frontline reads. */
public enum Language {
    FR("fr"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but "fr"/"en" (any case) */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unsupported language '" + code + "' (fr or en)");
    }
}
