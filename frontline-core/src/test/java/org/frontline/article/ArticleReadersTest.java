package org.frontline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.frontline.FrontlineException;
import org.junit.jupiter.api.Test;

class ArticleReadersTest {
    private final ArticleReaders readers = new ArticleReaders();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void detectsEachFormatFromNameOrFirstBytes() {
        assertThat(readers.detect("2018-01-aleppo-khanasir.txt", Fixtures.foundingArticle())).isEqualTo(InputFormat.SEED);
        assertThat(readers.detect("-", utf8("date 2018-01-25 Texte."))).isEqualTo(InputFormat.SEED);
        assertThat(readers.detect("notes.jsonl", utf8("not json"))).isEqualTo(InputFormat.JSONL);
        assertThat(readers.detect("-", utf8("\n{\"text\": \"x\"}\n"))).isEqualTo(InputFormat.JSONL);
        assertThat(readers.detect("feed", Fixtures.bytes("feed-rss2.xml"))).isEqualTo(InputFormat.RSS);
        assertThat(readers.detect("feed", Fixtures.bytes("feed-atom.xml"))).isEqualTo(InputFormat.RSS);
        assertThat(readers.detect("page", Fixtures.bytes("page-with-noise.html"))).isEqualTo(InputFormat.HTML);
        assertThat(readers.detect("p.htm", utf8("Texte brut."))).isEqualTo(InputFormat.HTML);
        assertThat(readers.detect("note.txt", utf8("On 9 May 2020, clashes erupted in Nihm."))).isEqualTo(InputFormat.TEXT);
        assertThat(readers.detect("note.txt", utf8("Mise à jour (date 2018-01)"))).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void readsTheFoundingArticleWithAutoDetection() {
        ReadResult result = readers.read("2018-01-aleppo-khanasir.txt", Fixtures.foundingArticle());

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.published()).isEqualTo("2018-01");
            assertThat(a.source()).isEqualTo("Divers");
        });
    }

    @Test
    void aForcedFormatWinsOverDetection() {
        ReadResult asText = readers.read("khanasir.txt", Fixtures.foundingArticle(), InputFormat.TEXT);

        assertThat(asText.articles().get(0).body()).startsWith("date 2018-01 L’armée").endsWith("Source: Divers");
        assertThat(asText.articles().get(0).published()).isNull();
    }

    @Test
    void dropsTheBomAndNormalizesCrLfSoOffsetsCountOneCharPerLineEnd() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8(" date 2018-01 L’armée syrienne avance.\r\n\r\nAveux de défaite\r\n\r\nSource: Divers\r\n");
        byte[] input = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, input, 0, bom.length);
        System.arraycopy(text, 0, input, bom.length, text.length);

        Article article = readers.read("bom-crlf.txt", input).articles().get(0);

        assertThat(article.published()).isEqualTo("2018-01");
        assertThat(article.source()).isEqualTo("Divers");
        assertThat(article.body()).isEqualTo("L’armée syrienne avance.\n\nAveux de défaite");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> readers.read("x.txt", new byte[0]))
                .isInstanceOf(FrontlineException.class).hasMessage("x.txt: empty file");
        assertThatThrownBy(() -> readers.read("blank.txt", utf8("\uFEFF \n\t\n")))
                .isInstanceOf(FrontlineException.class).hasMessage("blank.txt: empty file (only whitespace)");
    }

    @Test
    void rejectsBinaryInputWithNulBytes() {
        byte[] gzipHeader = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};

        assertThatThrownBy(() -> readers.read("notes.jsonl.gz", gzipHeader, InputFormat.JSONL))
                .isInstanceOf(FrontlineException.class)
                .hasMessage("notes.jsonl.gz: binary file (NUL byte at offset 3)");
    }

    @Test
    void rejectsTextFullOfControlCharacters() {
        byte[] controls = utf8("\u0001\u0002\u0003\u0004 Khanacer \u0005\u0006\u0007\u0008");

        assertThatThrownBy(() -> readers.read("odd.bin", controls))
                .isInstanceOf(FrontlineException.class)
                .hasMessage("odd.bin: binary file (8 control characters in 18)");
    }

    @Test
    void rejectsLatin1BytesAsInvalidUtf8NamingTheOffset() {
        byte[] latin1 = "Alep, la région".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readers.read("latin1.txt", latin1))
                .isInstanceOf(FrontlineException.class)
                .hasMessage("latin1.txt: not valid UTF-8 (malformed byte at offset 10)");
    }

    @Test
    void namesStdinWhenThatIsTheInput() {
        assertThatThrownBy(() -> readers.read("-", new byte[0], InputFormat.TEXT))
                .hasMessage("-: empty file");
    }
}
