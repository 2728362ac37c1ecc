package org.nafitha.payments.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.jspecify.annotations.Nullable;
import org.nafitha.payments.Money;

/**
 * Reads the entries of an ISO 20022 camt.053 bank-to-customer statement with the JDK's StAX parser,
 * one at a time, so a file of a million entries is never held in memory. External entities and DTDs
 * are refused (XXE).
 */
public final class SettlementFile {

    /**
     * One booked entry: {@code endToEndId} is our charge's reference, {@code gatewayReference} the
     * acquirer's own; {@code credit} is money in (a payment), otherwise out (a refund).
     */
    public record Entry(String endToEndId, @Nullable String gatewayReference, Money amount, boolean credit) {
    }

    /** The file is not a readable camt.053 statement. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    private SettlementFile() {
    }

    /** Hands each entry to {@code each}; returns how many there were. */
    public static long read(InputStream in, Consumer<Entry> each) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        long count = 0;
        try {
            var xml = factory.createXMLStreamReader(in);
            String amount = null, currency = null, indicator = null, endToEnd = null, servicerRef = null;
            boolean inEntry = false;
            while (xml.hasNext()) {
                var event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    var name = xml.getLocalName();
                    if ("Ntry".equals(name)) {
                        inEntry = true;
                        amount = currency = indicator = endToEnd = servicerRef = null;
                    } else if (inEntry) {
                        switch (name) {
                            case "Amt" -> {
                                if (amount == null) {
                                    currency = xml.getAttributeValue(null, "Ccy");
                                    amount = xml.getElementText().strip();
                                }
                            }
                            case "CdtDbtInd" -> { if (indicator == null) indicator = xml.getElementText().strip(); }
                            case "EndToEndId" -> endToEnd = xml.getElementText().strip();
                            case "AcctSvcrRef" -> { if (servicerRef == null) servicerRef = xml.getElementText().strip(); }
                            default -> { }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "Ntry".equals(xml.getLocalName())) {
                    inEntry = false;
                    if (amount == null || currency == null || indicator == null || endToEnd == null) {
                        throw new Unreadable("entry " + (count + 1) + " lacks an amount, currency, indicator or EndToEndId", null);
                    }
                    each.accept(new Entry(endToEnd, servicerRef,
                            Money.of(new BigDecimal(amount), Currency.getInstance(currency)), "CRDT".equals(indicator)));
                    count++;
                }
            }
            xml.close();
            return count;
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new Unreadable("not a readable camt.053 statement: " + e.getMessage(), e);
        }
    }
}
