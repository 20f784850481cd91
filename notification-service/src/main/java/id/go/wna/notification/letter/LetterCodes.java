package id.go.wna.notification.letter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The code values the letter translates, in Indonesian ({@link LetterCodesEn} in English): a message per code, named
 * {@code group_CODE} (sex, post, document, permit, custody, facility, stage, kin, guardianship, craft, and country for
 * the ICAO codes that are no ISO country). {@link LetterWords#code} looks them up; a code with no message prints as
 * given.
 */
@MessageBundle(value = "codes", locale = "id")
public interface LetterCodes {

    @Message("Laki-laki")
    String sex_M();

    @Message("Perempuan")
    String sex_F();

    @Message("Tidak ditentukan (X)")
    String sex_X();

    @Message("Kedutaan Besar")
    String post_EMBASSY();

    @Message("Konsulat Jenderal")
    String post_CONSULATE_GENERAL();

    @Message("Konsulat")
    String post_CONSULATE();

    @Message("Konsulat Kehormatan")
    String post_HONORARY_CONSULATE();

    @Message("Kantor Perwakilan")
    String post_REPRESENTATIVE_OFFICE();

    @Message("Paspor")
    String document_PASSPORT();

    @Message("Paspor diplomatik")
    String document_DIPLOMATIC_PASSPORT();

    @Message("Paspor dinas")
    String document_SERVICE_PASSPORT();

    @Message("Dokumen perjalanan pengungsi (Konvensi 1951)")
    String document_REFUGEE_TRAVEL_DOCUMENT();

    @Message("Dokumen perjalanan orang tanpa kewarganegaraan")
    String document_STATELESS_TRAVEL_DOCUMENT();

    @Message("Surat perjalanan darurat (laissez-passer)")
    String document_EMERGENCY_TRAVEL_DOCUMENT();

    @Message("Dokumen lain")
    String document_OTHER();

    @Message("Izin tinggal diplomatik")
    String permit_DIPLOMATIC();

    @Message("Izin tinggal dinas")
    String permit_SERVICE();

    @Message("Izin Tinggal Kunjungan (ITK)")
    String permit_ITK();

    @Message("Izin Tinggal Terbatas (ITAS)")
    String permit_ITAS();

    @Message("Izin Tinggal Tetap (ITAP)")
    String permit_ITAP();

    @Message("Exit Permit Only (EPO)")
    String permit_EPO();

    @Message("Penangkapan")
    String custody_ARREST();

    @Message("Penahanan oleh kepolisian")
    String custody_POLICE_DETENTION();

    @Message("Penahanan sebelum putusan pengadilan")
    String custody_PRE_TRIAL_DETENTION();

    @Message("Detensi imigrasi")
    String custody_IMMIGRATION_DETENTION();

    @Message("Menjalani pidana penjara")
    String custody_IMPRISONMENT();

    @Message("Dirawat di rumah sakit dalam status tahanan")
    String custody_HOSPITAL_IN_CUSTODY();

    @Message("Bentuk penahanan lain")
    String custody_OTHER();

    @Message("Rumah Detensi Imigrasi (Rudenim)")
    String facility_RUDENIM();

    @Message("Ruang detensi imigrasi")
    String facility_RUANG_DETENSI();

    @Message("Ruang tahanan kepolisian")
    String facility_POLICE_CELL();

    @Message("Rumah Tahanan Negara (Rutan)")
    String facility_RUTAN();

    @Message("Lembaga Pemasyarakatan (Lapas)")
    String facility_LAPAS();

    @Message("Rumah sakit")
    String facility_HOSPITAL();

    @Message("Tempat lain")
    String facility_OTHER();

    @Message("Pemindahan ke tempat penahanan lain")
    String stage_TRANSFER();

    @Message("Dirawat di rumah sakit")
    String stage_HOSPITAL_ADMISSION();

    @Message("Sakit serius")
    String stage_SERIOUS_ILLNESS();

    @Message("Pembebasan")
    String stage_RELEASE();

    @Message("Pendeportasian")
    String stage_DEPORTATION();

    @Message("Meninggal dunia dalam penahanan")
    String stage_DEATH_IN_CUSTODY();

    @Message("Penuntut umum menuntut pidana mati")
    String stage_DEATH_PENALTY_CHARGED();

    @Message("Penjatuhan pidana mati")
    String stage_DEATH_SENTENCE_IMPOSED();

    @Message("Putusan atas upaya hukum terakhir dalam perkara pidana mati")
    String stage_DEATH_SENTENCE_FINAL_APPEAL();

    @Message("Penjadwalan pelaksanaan pidana mati")
    String stage_EXECUTION_SCHEDULED();

    @Message("Pengajuan peninjauan kembali (PK) dalam perkara pidana mati")
    String stage_DEATH_SENTENCE_CASE_REVIEW_FILED();

    @Message("Putusan peninjauan kembali (PK) dalam perkara pidana mati")
    String stage_DEATH_SENTENCE_CASE_REVIEW_DECIDED();

    @Message("Pengajuan permohonan grasi atas pidana mati")
    String stage_DEATH_SENTENCE_CLEMENCY_FILED();

    @Message("Keputusan atas permohonan grasi atas pidana mati")
    String stage_DEATH_SENTENCE_CLEMENCY_DECIDED();

    @Message("Pemberitahuan 3 x 24 jam kepada terpidana sebelum pelaksanaan pidana mati")
    String stage_EXECUTION_NOTICE_GIVEN();

    @Message("Suami/istri")
    String kin_SPOUSE();

    @Message("Pasangan")
    String kin_PARTNER();

    @Message("Orang tua")
    String kin_PARENT();

    @Message("Anak")
    String kin_CHILD();

    @Message("Saudara kandung")
    String kin_SIBLING();

    @Message("Wali")
    String kin_GUARDIAN();

    @Message("Lainnya")
    String kin_OTHER();

    @Message("Anak di bawah umur tanpa pendamping")
    String guardianship_UNACCOMPANIED_MINOR();

    @Message("Anak di bawah umur yang orang tuanya ditahan atau meninggal dunia")
    String guardianship_MINOR_WITH_PARENTS_DETAINED_OR_DECEASED();

    @Message("Orang dewasa yang tidak sepenuhnya cakap hukum")
    String guardianship_ADULT_LACKING_CAPACITY();

    @Message("Alasan lain")
    String guardianship_OTHER();

    @Message("Kapal")
    String craft_VESSEL();

    @Message("Pesawat udara")
    String craft_AIRCRAFT();

    @Message("Tanpa kewarganegaraan")
    String country_XXA();

    @Message("Pengungsi (Konvensi 1951)")
    String country_XXB();

    @Message("Pengungsi lainnya")
    String country_XXC();

    @Message("Kewarganegaraan tidak ditentukan")
    String country_XXX();

    @Message("Perserikatan Bangsa-Bangsa")
    String country_UNO();

    @Message("Badan khusus PBB")
    String country_UNA();

    @Message("Misi PBB di Kosovo")
    String country_UNK();

    @Message("Uni Eropa")
    String country_EUE();

    @Message("Jerman")
    String country_D();

    @Message("Britania Raya (British Overseas Territories Citizen)")
    String country_GBD();

    @Message("Britania Raya (British National (Overseas))")
    String country_GBN();

    @Message("Britania Raya (British Overseas Citizen)")
    String country_GBO();

    @Message("Britania Raya (British Protected Person)")
    String country_GBP();

    @Message("Britania Raya (British Subject)")
    String country_GBS();
}
