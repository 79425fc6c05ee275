package com.cpay.platform.domain.money;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.Checks;
import java.util.List;
import java.util.Locale;

/**
 * A blockchain network as C-Pay names it on the wire ({@code network}). The four documented networks are
 * constants; any other name is kept exactly as received (C-Pay adds networks without notice) and reports
 * {@link #isKnown()} false.
 *
 * <p>Recognition is lenient where C-Pay itself is inconsistent: the getOrderDetail example (s.9) says
 * {@code TRON} where the tables say {@code TRON(TRC-20)}, so {@code TRON} is read as {@link #TRON}; known
 * names are also matched regardless of case. The constant's wire name is what we send.
 *
 * @param wireName the name on the wire; non-blank, at most 64 characters, no control characters
 */
@ValueObject
public record Network(String wireName) {

    /** Error field name. */
    public static final String FIELD = "network";
    /** Longest name kept (the document says String(16); unknown names are read leniently). */
    public static final int MAX_LENGTH = 64;

    public static final Network BITCOIN = new Network("Bitcoin");
    public static final Network ETHEREUM = new Network("Ethereum(ERC-20)");
    public static final Network TRON = new Network("TRON(TRC-20)");
    public static final Network BSC = new Network("BSC(BEP-20)");

    private static final List<Network> KNOWN = List.of(BITCOIN, ETHEREUM, TRON, BSC);

    public Network {
        Checks.text(FIELD, wireName, MAX_LENGTH);
        wireName = canonical(wireName);
    }

    /** The network C-Pay calls {@code wireName}: a documented constant or an unknown name kept raw. */
    public static Network of(String wireName) {
        return new Network(wireName);
    }

    /** Whether this is one of the networks the C-Pay document names. */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** The documented networks. */
    public static List<Network> known() {
        return KNOWN;
    }

    @Override
    public String toString() {
        return wireName;
    }

    // A switch instead of a lookup map: the constants above are built through this constructor before
    // any static map would be initialised.
    private static String canonical(String name) {
        switch (name.toUpperCase(Locale.ROOT)) {
            case "BITCOIN":
                return "Bitcoin";
            case "ETHEREUM(ERC-20)":
                return "Ethereum(ERC-20)";
            case "TRON":
            case "TRON(TRC-20)":
                return "TRON(TRC-20)";
            case "BSC(BEP-20)":
                return "BSC(BEP-20)";
            default:
                return name;
        }
    }
}
