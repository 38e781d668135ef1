package org.qianshou.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void startsWithTheByteOrderMarkAndEndsLinesInCrLf() {
        byte[] bytes =
                new Csv().row(List.of("姓名", "时长")).row(List.of("张三", "3.5")).bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF姓名,时长\r\n张三,3.5\r\n");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(Csv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void guardsCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void countsTheRowsWritten() {
        Csv csv = new Csv().row(List.of("h")).row(List.of("1")).row(List.of("2"));

        assertThat(csv.rows()).isEqualTo(3);
    }
}
