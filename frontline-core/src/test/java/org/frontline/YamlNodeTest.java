package org.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlNodeTest {
    private static YamlNode read(String yaml) {
        return YamlNode.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml");
    }

    @Test
    void readsScalarsAsWrittenWhateverYamlWouldTypeThem() {
        YamlNode n = read("# a comment\niso2: NO\non: yes\ndate: 2017-01-28\nregex: \"lib[ée]r\\\\w*\\\\s+d[eu']\"\n"
                + "n: 9\nflag: true\n");
        assertThat(n.keys()).containsExactly("iso2", "on", "date", "regex", "n", "flag");
        assertThat(n.get("iso2").text()).isEqualTo("NO");
        assertThat(n.get("on").text()).isEqualTo("yes");
        assertThat(n.get("date").text()).isEqualTo("2017-01-28");
        assertThat(n.get("regex").text()).isEqualTo("lib[ée]r\\w*\\s+d[eu']");
        assertThat(n.get("n").integer()).isEqualTo(9);
        assertThat(n.get("flag").flag()).isTrue();
        assertThat(n.get("n").line()).isEqualTo(6);
    }

    @Test
    void aMissingKeyAnEmptyValueAndNullAreAbsentButAQuotedNullIsText() {
        YamlNode n = read("a:\nb: ~\nc: null\nd: \"null\"\n");
        for (String key : List.of("a", "b", "c", "missing")) {
            assertThat(n.get(key).isAbsent()).as(key).isTrue();
            assertThat(n.get(key).text()).as(key).isNull();
            assertThat(n.get(key).texts()).as(key).isNull();
            assertThat(n.get(key).items()).as(key).isEmpty();
        }
        assertThat(n.get("d").text()).isEqualTo("null");
        assertThat(read("").isAbsent()).isTrue();
        assertThat(read("# only a comment\n").get("anything").items()).isEmpty();
    }

    @Test
    void readsListsOfMappingsInBlockAndFlowStyle() {
        YamlNode n = read("items:\n  - {id: a, tags: [x, \"y z\"]}\n  - id: b\n    tags:\n      - w\n");
        List<YamlNode> items = n.get("items").items();
        assertThat(items).extracting(i -> i.get("id").text()).containsExactly("a", "b");
        assertThat(items.get(0).get("tags").texts()).containsExactly("x", "y z");
        assertThat(items.get(1).get("tags").texts()).containsExactly("w");
        assertThat(items.get(1).line()).isEqualTo(3);
    }

    @Test
    void anUnknownOrRepeatedKeyIsAnErrorNamingTheFileTheLineAndTheKey() {
        YamlNode n = read("entries:\n  - name: a\n    nme: b\n");
        YamlNode entry = n.get("entries").items().get(0);
        assertThatThrownBy(() -> entry.requireKeys(Set.of("name", "stance")))
                .isInstanceOf(FrontlineException.class)
                .hasMessage("x.yaml line 3: unknown key 'nme' (known: name, stance)");
        assertThat(entry.requireKeys(Set.of("name", "nme"))).isSameAs(entry);
        assertThatThrownBy(() -> read("a: 1\nb: 2\na: 3\n").requireKeys(Set.of("a", "b")))
                .isInstanceOf(FrontlineException.class).hasMessage("x.yaml line 3: key 'a' is given twice");
        assertThatThrownBy(() -> read("m:\n  a: 1\n  b: 2\n  a: 3\n").get("m").keys())
                .isInstanceOf(FrontlineException.class).hasMessage("x.yaml line 4: key 'a' is given twice");
    }

    @Test
    void aValueOfTheWrongShapeIsAnErrorAtItsLine() {
        YamlNode n = read("a: [1, 2]\nb: x\nc: 1.5\nd: maybe\ne:\n  f: 1\n");
        assertThatThrownBy(() -> n.get("a").text()).hasMessage("x.yaml line 1: expected a single value, not a list");
        assertThatThrownBy(() -> n.get("b").items()).hasMessage("x.yaml line 2: expected a list");
        assertThatThrownBy(() -> n.get("c").integer()).hasMessage("x.yaml line 3: '1.5' is not a whole number");
        assertThatThrownBy(() -> n.get("d").flag()).hasMessage("x.yaml line 4: 'maybe' is not true or false");
        assertThatThrownBy(() -> n.get("e").texts()).hasMessage("x.yaml line 6: expected a list");
        assertThatThrownBy(() -> n.get("b").get("x")).hasMessage("x.yaml line 2: expected a mapping of keys to values");
        assertThatThrownBy(() -> read("a: [x, , y]\n").get("a").texts()).hasMessageStartingWith("x.yaml line 1: ");
    }

    @Test
    void textThatIsNotYamlIsAOneLineErrorWithItsLine() {
        assertThatThrownBy(() -> read("a: 1\nb: \"unclosed\nc: 2\n")).isInstanceOf(FrontlineException.class)
                .hasMessageStartingWith("x.yaml line ").hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> read("a:\n  - x\n - y\n")).isInstanceOf(FrontlineException.class)
                .hasMessageStartingWith("x.yaml line 3: not valid YAML");
        assertThatThrownBy(() -> read("a: 1\n---\nb: 2\n")).isInstanceOf(FrontlineException.class)
                .hasMessageStartingWith("x.yaml line ").hasMessageContaining("not valid YAML");
    }
}
