package org.nafitha.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

class SettlementFileTest {

    private static final String STATEMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
            <Ntry><Amt Ccy="SAR">300.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><AcctSvcrRef>sim_1</AcctSvcrRef>
              <NtryDtls><TxDtls><Refs><EndToEndId>charge-1</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>
            <Ntry><Amt Ccy="IQD">25000.000</Amt><CdtDbtInd>CRDT</CdtDbtInd>
              <NtryDtls><TxDtls><Refs><EndToEndId>charge-2</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>
            <Ntry><Amt Ccy="SAR">100.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><AcctSvcrRef>refund-1</AcctSvcrRef>
              <NtryDtls><TxDtls><Refs><EndToEndId>charge-1</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>
            </Stmt></BkToCstmrStmt></Document>""";

    @Test
    void readsEachBookedEntryWithItsMinorUnitsAndDirection() {
        var entries = new ArrayList<SettlementFile.Entry>();
        var count = SettlementFile.read(stream(STATEMENT), entries::add);
        assertThat(count).isEqualTo(3);
        assertThat(entries.get(0).endToEndId()).isEqualTo("charge-1");
        assertThat(entries.get(0).gatewayReference()).isEqualTo("sim_1");
        assertThat(entries.get(0).amount().minor()).isEqualTo(30_000);
        assertThat(entries.get(1).amount().minor()).isEqualTo(25_000_000);
        assertThat(entries.get(2).credit()).isFalse();
    }

    @Test
    void anEntryWithoutItsReferenceOrAFileWithADoctypeIsUnreadable() {
        assertThatThrownBy(() -> SettlementFile.read(stream(STATEMENT.replace("<EndToEndId>charge-2</EndToEndId>", "")), e -> { }))
                .isInstanceOf(SettlementFile.Unreadable.class);
        var xxe = """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Document><Ntry><Amt Ccy="SAR">&x;</Amt></Ntry></Document>""";
        assertThatThrownBy(() -> SettlementFile.read(stream(xxe), e -> { })).isInstanceOf(SettlementFile.Unreadable.class);
        assertThatThrownBy(() -> SettlementFile.read(stream("not xml"), e -> { })).isInstanceOf(SettlementFile.Unreadable.class);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
