package org.nafitha.payments.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

import org.nafitha.country.CountryProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated acquirer's daily settlement file: an ISO 20022 camt.053.001.08 statement with one
 * booked entry per payment settled that business day (credit) and per refund (debit); the merchant's
 * reference travels as EndToEndId, the acquirer's own as AcctSvcrRef.
 */
@Component
@ConditionalOnProperty(prefix = "nafitha.payments", name = "simulator", havingValue = "true")
class SettlementStatements {

    private final SimulatedAcquirer acquirer;
    private final ZoneId zone;

    SettlementStatements(SimulatedAcquirer acquirer, CountryProperties country) {
        this.acquirer = acquirer;
        this.zone = country.zone();
    }

    void write(LocalDate day, OutputStream out) throws IOException {
        var from = day.atStartOfDay(zone).toInstant();
        var to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                <BkToCstmrStmt>
                <GrpHdr><MsgId>SIM-%s</MsgId><CreDtTm>%s</CreDtTm></GrpHdr>
                <Stmt><Id>SIM-STMT-%s</Id>
                """.formatted(day, to, day));
        for (var p : acquirer.settledBetween(from, to)) {
            entry(w, p.id, p.merchantReference, p.amountMinor, p.currency, true, day);
        }
        for (var p : acquirer.all()) {
            for (var r : p.refunds.values()) {
                if (!r.at().isBefore(from) && r.at().isBefore(to)) {
                    entry(w, r.refundId(), p.merchantReference, r.amountMinor(), p.currency, false, day);
                }
            }
        }
        w.write("</Stmt>\n</BkToCstmrStmt>\n</Document>\n");
        w.flush();
    }

    static void entry(Writer w, String servicerRef, String endToEnd, long minor, String currency, boolean credit,
                      LocalDate day) throws IOException {
        var amount = BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits()).toPlainString();
        w.write("<Ntry><Amt Ccy=\"" + currency + "\">" + amount + "</Amt><CdtDbtInd>" + (credit ? "CRDT" : "DBIT")
                + "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>" + day + "</Dt></BookgDt><AcctSvcrRef>"
                + servicerRef + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>" + endToEnd
                + "</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>\n");
    }
}
