package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void transliterationsOfOneNameAreClose() {
        assertThat(Spelling.close("Idleb", "Idlib")).isTrue();
        assertThat(Spelling.close("Khanacer", "Khanasir")).isTrue();
        assertThat(Spelling.close("Basira", "Al Busayrah")).isTrue();
        assertThat(Spelling.close("Nassriya", "Nasiriyah")).isTrue();
        assertThat(Spelling.close("Deir Ezzor", "Dayr az Zawr")).isTrue();
        assertThat(Spelling.close("Maaret al-Noomane", "Ma'arrat an-Nu'man")).isTrue();
    }

    @Test
    void wordsThatOnlyShareAConsonantSkeletonAreNot() {
        assertThat(Spelling.close("Party", "Al Buwayrat")).isFalse();
        assertThat(Spelling.close("Camp", "Al Kamb")).isFalse();
        assertThat(Spelling.close("Affairs", "Aftris")).isFalse();
        assertThat(Spelling.close("Nukhayb", "An Naqib")).isFalse();
    }

    @Test
    void countsAsVowelsExactlyTheLettersAeiouywAndNoOtherChar() {
        StringBuilder vowels = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Spelling.isVowel(c)) {
                vowels.append(c);
            }
        }
        assertThat(vowels).hasToString("aeiouwy");
    }
}
