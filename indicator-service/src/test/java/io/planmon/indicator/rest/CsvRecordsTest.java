package io.planmon.indicator.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<CsvRecords.Record> records = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n\"two\nlines\",,z");
        assertThat(records)
                .extracting(CsvRecords.Record::fields)
                .containsExactly(
                        List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", ""), List.of("two\nlines", "", "z"));
        assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3);
    }

    @Test
    void blankLinesAndAByteOrderMarkAreSkipped() {
        assertThat(read("\uFEFFa,b\n\n1,2\n\n"))
                .extracting(CsvRecords.Record::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(read("")).isEmpty();
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsMalformed() {
        assertThatThrownBy(() -> read("a\n\"open")).isInstanceOf(CsvRecords.MalformedCsv.class);
        assertThatThrownBy(() -> read("\"a\"b")).isInstanceOf(CsvRecords.MalformedCsv.class);
    }

    private static List<CsvRecords.Record> read(String text) {
        CsvRecords csv = new CsvRecords(new StringReader(text));
        List<CsvRecords.Record> records = new ArrayList<>();
        for (CsvRecords.Record record = csv.next(); record != null; record = csv.next()) {
            records.add(record);
        }
        return records;
    }
}
