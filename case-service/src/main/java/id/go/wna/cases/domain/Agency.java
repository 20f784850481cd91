package id.go.wna.cases.domain;

/** Who reported a case and who leads it. */
public enum Agency {
    /** Direktorat Jenderal Imigrasi and its offices. */
    IMIGRASI,
    /** Kepolisian Negara Republik Indonesia. */
    POLRI,
    /** The public prosecutor (kejaksaan). */
    KEJAKSAAN,
    /** A court. */
    PENGADILAN,
    /** Direktorat Jenderal Pemasyarakatan: prisons (lapas) and remand centres (rutan). */
    PEMASYARAKATAN,
    /** Badan Narkotika Nasional. */
    BNN,
    /** The armed forces, e.g. the navy at sea. */
    TNI,
    /** Badan Keamanan Laut, the maritime security agency. */
    BAKAMLA,
    /** Search and rescue (Basarnas), for wrecks and crashes. */
    BASARNAS,
    /** Komite Nasional Keselamatan Transportasi, for transport accidents. */
    KNKT,
    /** The Ministry of Foreign Affairs. */
    KEMLU,
    /** A regional government. */
    PEMERINTAH_DAERAH,
    /** A hospital, for deaths and patients in custody. */
    HOSPITAL,
    /** The person's own embassy or consulate. */
    FOREIGN_MISSION,
    OTHER
}
