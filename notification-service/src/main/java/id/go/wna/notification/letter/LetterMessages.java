package id.go.wna.notification.letter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the letter to the post, in Indonesian, the language the Ministry writes in; {@link LetterMessagesEn}
 * has them in English. A message's parameters are values the letter states (names, dates, numbers): the template
 * escapes the text a message returns, so the words of a message that holds none may be printed as written. Templates
 * reach these as {@code msg:}, Java through {@link NotificationLetter}.
 */
@MessageBundle(locale = "id")
public interface LetterMessages {

    @Message("Halaman")
    String page();

    @Message("dari")
    String of();

    @Message("KEMENTERIAN LUAR NEGERI")
    String ministryLine1();

    @Message("REPUBLIK INDONESIA")
    String ministryLine2();

    @Message("SURAT")
    String letterType();

    @Message("NOTA DIPLOMATIK")
    String noteType();

    @Message("Surat {reference} - {subject}")
    String titleLetter(String reference, String subject);

    @Message("Nota {reference} - {subject}")
    String titleNote(String reference, String subject);

    @Message("DRAF - BELUM DIKIRIM")
    String draftBanner();

    @Message("PEMBERITAHUAN TERLAMBAT")
    String lateBanner();

    @Message("Pemberitahuan ini disampaikan terlambat, setelah lewat batas waktunya. Keterangan: {explanation}")
    String late(String explanation);

    @Message("Nomor")
    String number();

    @Message("Perihal")
    String subject();

    @Message("Waktu pengiriman")
    String sent();

    @Message("belum dikirim (draf)")
    String notYetSent();

    @Message("Kepada")
    String to();

    @Message("Surel: {email}")
    String postEmail(String email);

    @Message("Faksimile: {fax}")
    String postFax(String fax);

    @Message("Penangkapan atau penahanan anggota staf konsuler")
    String subjectStaffArrest();

    @Message("Pemberitahuan kekonsuleran: penangkapan dan penahanan warga negara asing")
    String subjectArrest();

    @Message("Pemberitahuan lanjutan: {stage}")
    String subjectFollowUp(String stage);

    @Message("Pemberitahuan kematian warga negara asing")
    String subjectDeath();

    @Message("Pemberitahuan perlunya penunjukan wali atau pengampu")
    String subjectGuardianship();

    @Message("Pemberitahuan kecelakaan kapal atau pesawat udara")
    String subjectWreck();

    @Message("Ralat pemberitahuan kekonsuleran")
    String subjectCorrection();

    @Message("Kementerian Luar Negeri Republik Indonesia dengan hormat memberitahukan kepada {post}")
    String openingLetter(String post);

    @Message("Kementerian Luar Negeri Republik Indonesia menyampaikan salam hormat kepada {post} dan dengan hormat memberitahukan")
    String openingNote(String post, String postShort);

    @Message(" bahwa {name}, anggota staf konsuler {post}, telah ditangkap dan saat ini ditahan oleh otoritas Republik Indonesia, dengan rincian sebagai berikut.")
    String openingStaffArrested(String name, String post);

    @Message(" bahwa {person} telah ditangkap dan saat ini ditahan oleh otoritas Republik Indonesia, dengan rincian sebagai berikut.")
    String openingArrested(String person);

    @Message(" perkembangan lebih lanjut mengenai {person} yang penahanannya telah diberitahukan sebelumnya: {stage}.")
    String openingFollowUp(String person, String stage);

    @Message(" dengan rasa duka yang mendalam bahwa {person} telah meninggal dunia di Indonesia{#if inCustody} dalam masa penahanan{/if}{#if diedOn} pada tanggal {diedOn}{/if}, dengan rincian sebagai berikut.")
    String openingDeath(String person, boolean inCustody, String diedOn);

    @Message(" bahwa penunjukan wali atau pengampu tampaknya diperlukan demi kepentingan {person}, dengan rincian sebagai berikut.")
    String openingGuardianship(String person);

    @Message(" bahwa {craft}{#if name} {name}{/if}{#if registration} (registrasi {registration}){/if} telah mengalami kecelakaan{#if !aircraft} (karam atau kandas){/if} di wilayah Republik Indonesia{#if when} pada {when}{/if}, dengan rincian sebagai berikut.")
    String openingWreck(String craft, String name, String registration, boolean aircraft, String when);

    @Message(" ralat atas pemberitahuan sebelumnya mengenai {person}.")
    String openingCorrection(String person);

    @Message("kapal atau pesawat udara")
    String vesselOrAircraft();

    @Message("Atas perhatian {post}, Kementerian menyampaikan terima kasih.")
    String closingLetter(String post);

    @Message("Kementerian Luar Negeri Republik Indonesia menggunakan kesempatan ini untuk menyampaikan kembali kepada {post} jaminan penghormatan yang setinggi-tingginya.")
    String closingNote(String post);

    @Message("(cap dan paraf)")
    String seal();

    @Message("Informasi ini disampaikan sebagai bentuk itikad baik")
    String courtesy();

    @Message(", atas permintaan yang bersangkutan.")
    String courtesyRequested();

    @Message(", sesuai dengan kebijakan Kementerian bagi anak yang ditahan.")
    String courtesyMinor();

    @Message(", karena yang bersangkutan menghadapi ancaman pidana mati: Kementerian menyampaikan setiap tahap perkara tersebut.")
    String courtesyDeathPenalty();

    @Message("Konvensi Wina mengenai Hubungan Konsuler 1963, yang telah disahkan dengan Undang-Undang Nomor 1 Tahun 1982 (")
    String vccr();

    @Message("UU 1/1982")
    String vccrLaw();

    @Message("Pemberitahuan ini disampaikan atas permintaan yang bersangkutan, sesuai dengan Pasal 36 ayat (1) huruf b ")
    String basisRequested();

    @Message("Pemberitahuan ini wajib disampaikan berdasarkan {instrument}, tanpa bergantung pada permintaan atau kehendak yang bersangkutan, sejalan dengan Pasal 36 ayat (1) huruf b ")
    String basisMandatory(String instrument);

    @Message("Pemberitahuan ini disampaikan karena yang bersangkutan menghadapi ancaman pidana mati: Kementerian memberitahukan setiap tahap perkara tersebut kepada perwakilan konsuler, tanpa bergantung pada permintaan atau kehendak yang bersangkutan, sejalan dengan Pasal 36 ")
    String basisDeathPenalty();

    @Message("Pemberitahuan ini disampaikan sesuai dengan kebijakan Kementerian Luar Negeri Republik Indonesia untuk memberitahukan penahanan seorang anak kepada perwakilan konsuler negaranya, tanpa bergantung pada kehendak anak tersebut, sejalan dengan Pasal 36 ayat (1) huruf b ")
    String basisMinor();

    @Message("Pemberitahuan ini disampaikan sesuai dengan Pasal 37 ")
    String basisArticle37();

    @Message("Pemberitahuan ini disampaikan sesuai dengan Pasal 37 huruf {letter} ")
    String basisArticle37Letter(String letter);

    @Message("Sesuai dengan Pasal 42 ")
    String basisArticle42();

    @Message(", Kementerian segera memberitahukan kepada kepala perwakilan konsuler mengenai penangkapan atau penahanan anggota staf konsulernya.")
    String basisArticle42End();

    @Message("Pemberitahuan ini disampaikan berdasarkan Pasal 36 ")
    String basisOverride();

    @Message(", atas keputusan pejabat penyelia Kementerian.")
    String basisOverrideEnd();

    @Message("Nota ini meralat nota Kementerian")
    String correctsNote();

    @Message("Surat ini meralat surat Kementerian")
    String correctsLetter();

    @Message(" Nomor {reference}")
    String correctsNoteNumber(String reference);

    @Message(" Nomor {reference}")
    String correctsLetterNumber(String reference);

    @Message(" sebelumnya")
    String correctsEarlierNote();

    @Message(" sebelumnya")
    String correctsEarlierLetter();

    @Message(". Data di bawah ini menggantikan data yang telah disampaikan sebelumnya.")
    String correctionReplaces();

    @Message("Identitas")
    String sectionIdentity();

    @Message("Nama keluarga (sesuai dokumen)")
    String surname();

    @Message("Nama depan (sesuai dokumen)")
    String givenNames();

    @Message("Nama pada MRZ")
    String mrzName();

    @Message("tidak ada / tidak diketahui")
    String noneOrNotKnown();

    @Message("Jenis kelamin")
    String sex();

    @Message("Tanggal dan tempat lahir")
    String birth();

    @Message("Kewarganegaraan")
    String nationality();

    @Message("Dokumen perjalanan")
    String sectionTravelDocument();

    @Message("tidak ada yang diketahui")
    String noneKnown();

    @Message("Jenis")
    String type();

    @Message("Negara penerbit")
    String issuingState();

    @Message("Berlaku sampai dengan")
    String expiresOn();

    @Message("Izin tinggal")
    String sectionStayPermit();

    @Message("Berlaku sampai dengan")
    String validUntil();

    @Message("Penangkapan")
    String sectionArrest();

    @Message("Tanggal dan waktu")
    String dateAndTime();

    @Message("Tempat")
    String place();

    @Message("Instansi yang menangkap")
    String arrestingAuthority();

    @Message("Tempat penahanan saat ini")
    String sectionDetention();

    @Message("Bentuk penahanan")
    String formOfCustody();

    @Message("Jenis tempat")
    String typeOfFacility();

    @Message("Alamat")
    String address();

    @Message("Provinsi")
    String province();

    @Message("Dasar penahanan (sangkaan)")
    String sectionCharges();

    @Message("Pasal yang disangkakan")
    String statuteAndArticle();

    @Message("belum diketahui")
    String notYetKnown();

    @Message("Pasal {article}")
    String article(String article);

    @Message("Pemberitahuan dan akses kekonsuleran")
    String sectionConsularAccess();

    @Message("Dasar pemberitahuan")
    String basisLabel();

    @Message("Atas permintaan yang bersangkutan")
    String basisRowRequested();

    @Message("Wajib berdasarkan {instrument} (tanpa bergantung pada kehendak yang bersangkutan)")
    String basisRowMandatory(String instrument);

    @Message("Kebijakan Kementerian: penahanan anak selalu diberitahukan")
    String basisRowMinor();

    @Message("Perkara pidana mati: setiap tahap diberitahukan, tanpa bergantung pada kehendak yang bersangkutan")
    String basisRowDeathPenalty();

    @Message("Informasi atas dasar itikad baik")
    String basisRowCourtesy();

    @Message("Pasal 37 Konvensi Wina 1963")
    String basisRowArticle37();

    @Message("Pasal 42 Konvensi Wina 1963 (anggota staf konsuler)")
    String basisRowArticle42();

    @Message("Atas keputusan pejabat penyelia")
    String basisRowOverride();

    @Message("Menolak tindakan kekonsuleran (kunjungan)")
    String opposesConsularAction();

    @Message("Ya, secara tegas; penolakan tersebut telah dicatat")
    String opposesYes();

    @Message("Ya")
    String yes();

    @Message("Tidak")
    String no();

    @Message("Bahasa yang dikuasai")
    String languageSpoken();

    @Message("Memerlukan juru bahasa")
    String interpreterNeeded();

    @Message("Bahasa")
    String sectionLanguage();

    @Message("Kematian")
    String sectionDeath();

    @Message("Tanggal")
    String date();

    @Message("Waktu")
    String time();

    @Message("Penyebab kematian")
    String causeOfDeath();

    @Message("Lokasi jenazah")
    String remainsLocation();

    @Message("Meninggal dalam penahanan")
    String diedInCustody();

    @Message("Keluarga terdekat")
    String nextOfKin();

    @Message("Perkembangan")
    String sectionDevelopment();

    @Message("Tahap")
    String stage();

    @Message("Pengadilan")
    String court();

    @Message("Jadwal keberangkatan")
    String scheduledDeparture();

    @Message("Jadwal pelaksanaan")
    String scheduledExecution();

    @Message("Dijadwalkan pada")
    String scheduledFor();

    @Message("Keterangan")
    String details();

    @Message("Kecelakaan")
    String sectionAccident();

    @Message("Jenis")
    String typeOfCraft();

    @Message("Nama kapal / pesawat udara")
    String craft();

    @Message("Registrasi")
    String registration();

    @Message("Jumlah orang di dalamnya")
    String personsOnBoard();

    @Message("Meninggal dunia")
    String dead();

    @Message("Hilang")
    String missing();

    @Message("Perwalian")
    String sectionGuardianship();

    @Message("Alasan")
    String reason();

    @Message("Keberadaan dan pengasuhan saat ini")
    String currentCare();

    @Message("Yang bersangkutan secara tegas menyatakan menolak tindakan kekonsuleran atas namanya, termasuk kunjungan. Penolakan tersebut telah dicatat.")
    String opposes();

    @Message(" Pemberitahuan ini tetap disampaikan karena bersifat wajib.")
    String opposesNeverthelessMandatory();

    @Message(" Pemberitahuan ini tetap disampaikan sesuai dengan kebijakan Kementerian bagi anak.")
    String opposesNeverthelessMinor();

    @Message(" Kementerian mohon agar keinginan tersebut dihormati.")
    String opposesRespect();

    @Message(" Sesuai dengan Pasal 36 ayat (1) huruf c Konvensi Wina 1963, pejabat konsuler tidak melakukan tindakan atas nama warga negaranya yang secara tegas menolaknya.")
    String opposesArticle36();

    @Message("{post} dapat mengajukan permohonan akses kekonsuleran (kunjungan langsung, telepon atau video) kepada Kementerian ")
    String accessRequest(String post);

    @Message("melalui narahubung di bawah ini.")
    String accessThrough();

    @Message("Mengingat beratnya perkara ini, Kementerian akan memberitahukan setiap tahap selanjutnya kepada {post}.")
    String everyFurtherStage(String post);

    @Message("Kementerian siap membahas bersama {post} pengaturan pemulangan (repatriasi) jenazah, atau pemakaman atau kremasi di Indonesia, sesuai dengan keinginan keluarga.")
    String repatriation(String post);

    @Message("Kementerian akan menyampaikan informasi lebih lanjut mengenai orang-orang yang berada di dalamnya segera setelah tersedia.")
    String personsOnBoardLater();

    @Message("telepon {phone}")
    String contactPhone(String phone);

    @Message("surel {email}")
    String contactEmail(String email);

    @Message("Narahubung: {details}.")
    String contact(String details);

    @Message("Perwakilan")
    String postFallback();

    @Message("orang yang tersebut di bawah ini")
    String personBelow();

    @Message("{name}, warga negara {nations}")
    String personOfNationality(String name, String nations);

    @Message("tidak diketahui")
    String notKnown();

    @Message(" dan ")
    String and();

    @Message("{day} {month} {year}")
    String fullDate(int day, String month, int year);

    @Message("{date} {hour}.{minute} {zone}")
    String fullDateTime(String date, String hour, String minute, String zone);

    @Message("Januari")
    String january();

    @Message("Februari")
    String february();

    @Message("Maret")
    String march();

    @Message("April")
    String april();

    @Message("Mei")
    String may();

    @Message("Juni")
    String june();

    @Message("Juli")
    String july();

    @Message("Agustus")
    String august();

    @Message("September")
    String september();

    @Message("Oktober")
    String october();

    @Message("November")
    String november();

    @Message("Desember")
    String december();
}
