package io.planmon.indicator.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvReader.Record> records = CsvReader.read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n\"two\nlines\",,z");
        assertThat(records)
                .extracting(CsvReader.Record::fields)
                .containsExactly(
                        List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", ""), List.of("two\nlines", "", "z"));
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3);
    }

    @Test
    void blankLinesAndAByteOrderMarkAreSkipped() {
        assertThat(CsvReader.read("\uFEFFa,b\n\n1,2\n\n"))
                .extracting(CsvReader.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(CsvReader.read("")).isEmpty();
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> CsvReader.read("a\n\"open")).isInstanceOf(CsvReader.MalformedCsv.class);
        assertThatThrownBy(() -> CsvReader.read("\"a\"b")).isInstanceOf(CsvReader.MalformedCsv.class);
    }
}
