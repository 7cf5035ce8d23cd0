package org.frontline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Khanacer|Khanasser|Khanāşir|خناصر|Khanasir",
            "Tal-Damane|Tall aḑ Ḑamān|Tell Damane|Tal Damen",
            "Idleb|Idlib|إدلب",
            "Abou Douhour|Abu al-Duhur|Abu az Zuhur|أبو الظهور",
            "Deir ez-Zor|Deir Ezzor|Dayr az Zawr|Deir-ez-Zor|دير الزور",
            "Maarat al-Numan|Maaret al-Noomane|Ma'arrat an-Nu'man|Ma`arrat al Nu`man",
            "Hassaké|Al-Hasakah|Hasakah|Al-Hasakeh",
            "Racca|Raqqa|Ar-Raqqah|Ar-Raqqa|الرقة",
            "Lattaquié|Latakia|Lattakia",
            "Alep|Aleppo",
            "Jisr al-Choghour|Jisr ash-Shughur|Jisr-Ash-Shugur",
            "Soueïda|As-Suwayda|As-Sweida",
            "Salamiyeh|Salamiyah|Salamié|As-Salamiyeh"})
    void foldMakesTransliterationsOfOneArabicNameMeet(String spellings) {
        String[] all = spellings.split("\\|");
        assertThat(Arrays.stream(all).map(NameKey::fold).distinct())
                .as("fold keys of %s", spellings).hasSize(1);
    }

    /** Pairs taken from the shared data; the file says where each comes from. */
    @ParameterizedTest(name = "{1} ~ {2}")
    @CsvFileSource(resources = "fold-pairs-from-data.tsv", delimiter = '\t')
    void foldMakesSpellingVariantsFromTheDataMeet(String source, String a, String b) {
        assertThat(NameKey.fold(a)).as("%s: %s vs %s", source, a, b).isEqualTo(NameKey.fold(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Homs|Hama", "Idlib|Aleppo", "Hamidiyah|Humaydah", "Da'el|Azilah", "Bab|Abu", "Raqqa|Riha",
            "Deir ez-Zor|Dar'a", "Damascus|Douma"})
    void foldKeepsDifferentNamesApart(String a, String b) {
        assertThat(NameKey.fold(a)).isNotEqualTo(NameKey.fold(b));
    }

    @Test
    void foldSpellsOutTheConsonantSkeleton() {
        assertThat(NameKey.fold("Khanacer")).isEqualTo("knsr");
        assertThat(NameKey.fold("Tall aḑ Ḑamān")).isEqualTo("tl dmn");
        assertThat(NameKey.fold("Idleb")).isEqualTo("adlb");
        assertThat(NameKey.fold("Ladhiqiyah")).isEqualTo("ldky");
    }

    @Test
    void foldIgnoresUnitDesignatorsAndFrenchElision() {
        assertThat(NameKey.fold("Gouvernorat d'Idleb")).isEqualTo(NameKey.fold("Idlib"));
        assertThat(NameKey.fold("Nahiyat Markaz al Qusayr")).isEqualTo(NameKey.fold("Al-Qusayr Subdistrict"));
    }

    @Test
    void normalizesPlainAsciiWordsAsTheCharacterTableDoes() {
        // a word of ASCII letters and digits takes a shortcut; with an accented letter after it, the same word
        // goes through the table a character at a time
        for (char c = 0; c < 128; c++) {
            if (Character.isLetterOrDigit(c)) {
                String word = "Ab" + c + "9z";
                assertThat(NameKey.normalize(word) + "e").as(word).isEqualTo(NameKey.normalize(word + "é"));
            }
        }
        assertThat(NameKey.normalize("KHANASIR")).isEqualTo("khanasir");
        assertThat(NameKey.normalize("")).isEmpty();
    }

    @Test
    void normalizeDropsDiacriticsAndApostrophesButNotLetters() {
        assertThat(NameKey.normalize("Khanāşir")).isEqualTo("khanasir");
        assertThat(NameKey.normalize("Ma'arrat an-Nu'man")).isEqualTo("maarrat an numan");
        assertThat(NameKey.normalize("Khanacer")).isNotEqualTo(NameKey.normalize("Khanasir"));
        assertThat(NameKey.normalize("  Deir-ez-Zor, ")).isEqualTo("deir ez zor");
    }

    @Test
    void normalizeBreaksAfterFrenchElisionOnly() {
        assertThat(NameKey.normalize("d'Alep")).isEqualTo("d alep");
        assertThat(NameKey.normalize("l’Oronte")).isEqualTo("l oronte");
        assertThat(NameKey.normalize("Dar'a")).isEqualTo("dara");
    }

    @Test
    void normalizeTransliteratesArabicScript() {
        assertThat(NameKey.normalize("خناصر")).isEqualTo("khnasr");
        assertThat(NameKey.fold("")).isEmpty();
    }

    @Test
    void normalizeKeepsPersianLettersSoThatAibakIsNoShortWord() {
        assertThat(NameKey.normalize("آیبک")).isEqualTo("aybk");
        assertThat(NameKey.normalize("ایبک")).isNotEqualTo(NameKey.normalize("Ab"));
        assertThat(NameKey.normalize("پشاور")).isEqualTo("pshawr");
    }

    /** Speed round 27g: a word of ASCII letters and digits alone, told without its lower case, normalizes to it. */
    @Test
    void tellsAsciiAlphanumericWordsWhoseKeyIsTheirLowerCase() {
        int ascii = 0;
        for (String w : List.of("Idlib", "idlib", "F16", "2018", "ABC", "x", "", "al-Bab", "Alep.", "Ḥamāh", "é",
                "a b", "Ma'arrat", "[", "@", "`", "{", "İdlib", "KM2")) {
            boolean told = NameKey.isAsciiAlphanumeric(w);
            assertThat(told).as(w).isEqualTo(w.matches("[A-Za-z0-9]+"));
            if (told) {
                assertThat(NameKey.normalize(w)).as(w).isEqualTo(w.toLowerCase(java.util.Locale.ROOT));
                ascii++;
            }
        }
        assertThat(ascii).isEqualTo(7);
    }
}
