package org.frontline.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseToTest {
    @Test
    void judgesEachNameAsSpellingDoesAndRemembersIt() {
        List<String[]> pairs = List.of(new String[] {"Idleb", "Idlib"}, new String[] {"Khanacer", "Khanasir"},
                new String[] {"Party", "Al Buwayrat"}, new String[] {"Camp", "Al Kamb"},
                new String[] {"Deir Ezzor", "Dayr az Zawr"}, new String[] {"Affairs", "Aftris"},
                new String[] {"Nassriya", "An Nasiriyah"}, new String[] {"Saraqeb", "Saraqib"},
                new String[] {"Alep", "Ariha"}, new String[] {"Abou Douhour", "Abu ad Duhur"});
        for (String[] p : pairs) {
            CloseTo close = new CloseTo(p[0]);
            boolean expected = Spelling.close(p[0], p[1]);
            assertThat(close.test(p[1])).as(p[0] + " / " + p[1]).isEqualTo(expected);
            assertThat(close.test(p[1])).as("again").isEqualTo(expected);
        }
    }

    @Test
    void rejectsFarLengthsAndFarRowsAsTheWholeTableDoes() {
        List<String> names = List.of("Ma'arrat an-Nu'man", "Al Bab", "Tall Sultan", "Jarjanaz", "Abu az Zuhur",
                "Saraqib", "Khan as Subul", "Tall as Sultan", "Abu ad Duhur", "Idlib", "Khanasir", "Al Buwayrat");
        for (String name : names) {
            for (String surface : List.of("Bab", "Maaret al-Noomane", "Tal Sultane", "Jarjnaz", "Tell", "Saraqeb",
                    "Khan Sebel", "Abou Douhour", "Idleb", "Khanacer", "Party", "Sultan")) {
                String x = Spelling.bare(surface);
                String y = Spelling.bare(name);
                boolean byTable = Math.max(x.length(), y.length()) > 0
                        && Spelling.distance(x, y) / Math.max(x.length(), y.length()) <= Spelling.MAX_DISTANCE;
                assertThat(Spelling.bareClose(x, name)).as(surface + " / " + name).isEqualTo(byTable);
            }
        }
    }
}
