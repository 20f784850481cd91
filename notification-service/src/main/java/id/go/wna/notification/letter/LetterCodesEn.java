package id.go.wna.notification.letter;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The code values the letter translates, in English: the same messages as {@link LetterCodes}. */
@Localized("en")
public interface LetterCodesEn extends LetterCodes {

    @Override
    @Message("Male")
    String sex_M();

    @Override
    @Message("Female")
    String sex_F();

    @Override
    @Message("Unspecified (X)")
    String sex_X();

    @Override
    @Message("Embassy")
    String post_EMBASSY();

    @Override
    @Message("Consulate General")
    String post_CONSULATE_GENERAL();

    @Override
    @Message("Consulate")
    String post_CONSULATE();

    @Override
    @Message("Honorary Consulate")
    String post_HONORARY_CONSULATE();

    @Override
    @Message("Representative Office")
    String post_REPRESENTATIVE_OFFICE();

    @Override
    @Message("Passport")
    String document_PASSPORT();

    @Override
    @Message("Diplomatic passport")
    String document_DIPLOMATIC_PASSPORT();

    @Override
    @Message("Service passport")
    String document_SERVICE_PASSPORT();

    @Override
    @Message("Refugee travel document (1951 Convention)")
    String document_REFUGEE_TRAVEL_DOCUMENT();

    @Override
    @Message("Travel document for stateless persons")
    String document_STATELESS_TRAVEL_DOCUMENT();

    @Override
    @Message("Emergency travel document (laissez-passer)")
    String document_EMERGENCY_TRAVEL_DOCUMENT();

    @Override
    @Message("Other document")
    String document_OTHER();

    @Override
    @Message("Diplomatic stay permit")
    String permit_DIPLOMATIC();

    @Override
    @Message("Service stay permit")
    String permit_SERVICE();

    @Override
    @Message("Visit stay permit (ITK)")
    String permit_ITK();

    @Override
    @Message("Limited stay permit (ITAS)")
    String permit_ITAS();

    @Override
    @Message("Permanent stay permit (ITAP)")
    String permit_ITAP();

    @Override
    @Message("Exit Permit Only (EPO)")
    String permit_EPO();

    @Override
    @Message("Arrest")
    String custody_ARREST();

    @Override
    @Message("Police detention")
    String custody_POLICE_DETENTION();

    @Override
    @Message("Pre-trial detention")
    String custody_PRE_TRIAL_DETENTION();

    @Override
    @Message("Immigration detention")
    String custody_IMMIGRATION_DETENTION();

    @Override
    @Message("Serving a prison sentence")
    String custody_IMPRISONMENT();

    @Override
    @Message("In hospital, in custody")
    String custody_HOSPITAL_IN_CUSTODY();

    @Override
    @Message("Other form of detention")
    String custody_OTHER();

    @Override
    @Message("Immigration detention centre (Rudenim)")
    String facility_RUDENIM();

    @Override
    @Message("Immigration detention room (ruang detensi)")
    String facility_RUANG_DETENSI();

    @Override
    @Message("Police cell")
    String facility_POLICE_CELL();

    @Override
    @Message("Remand centre (Rutan)")
    String facility_RUTAN();

    @Override
    @Message("Prison (Lapas)")
    String facility_LAPAS();

    @Override
    @Message("Hospital")
    String facility_HOSPITAL();

    @Override
    @Message("Other place")
    String facility_OTHER();

    @Override
    @Message("Transfer to another place of detention")
    String stage_TRANSFER();

    @Override
    @Message("Admission to hospital")
    String stage_HOSPITAL_ADMISSION();

    @Override
    @Message("Serious illness")
    String stage_SERIOUS_ILLNESS();

    @Override
    @Message("Release")
    String stage_RELEASE();

    @Override
    @Message("Deportation")
    String stage_DEPORTATION();

    @Override
    @Message("Death in custody")
    String stage_DEATH_IN_CUSTODY();

    @Override
    @Message("The prosecution seeks the death penalty")
    String stage_DEATH_PENALTY_CHARGED();

    @Override
    @Message("Death sentence imposed")
    String stage_DEATH_SENTENCE_IMPOSED();

    @Override
    @Message("Final appeal decided in a death-penalty case")
    String stage_DEATH_SENTENCE_FINAL_APPEAL();

    @Override
    @Message("Execution scheduled")
    String stage_EXECUTION_SCHEDULED();

    @Override
    @Message("Case review (peninjauan kembali) filed in a death-penalty case")
    String stage_DEATH_SENTENCE_CASE_REVIEW_FILED();

    @Override
    @Message("Case review (peninjauan kembali) decided in a death-penalty case")
    String stage_DEATH_SENTENCE_CASE_REVIEW_DECIDED();

    @Override
    @Message("Petition for clemency (grasi) against the death sentence filed")
    String stage_DEATH_SENTENCE_CLEMENCY_FILED();

    @Override
    @Message("Clemency (grasi) petition decided")
    String stage_DEATH_SENTENCE_CLEMENCY_DECIDED();

    @Override
    @Message("The convict given the 3 x 24 hours' notice of the execution")
    String stage_EXECUTION_NOTICE_GIVEN();

    @Override
    @Message("Spouse")
    String kin_SPOUSE();

    @Override
    @Message("Partner")
    String kin_PARTNER();

    @Override
    @Message("Parent")
    String kin_PARENT();

    @Override
    @Message("Child")
    String kin_CHILD();

    @Override
    @Message("Sibling")
    String kin_SIBLING();

    @Override
    @Message("Guardian")
    String kin_GUARDIAN();

    @Override
    @Message("Other")
    String kin_OTHER();

    @Override
    @Message("Unaccompanied minor")
    String guardianship_UNACCOMPANIED_MINOR();

    @Override
    @Message("Minor whose parents are detained or deceased")
    String guardianship_MINOR_WITH_PARENTS_DETAINED_OR_DECEASED();

    @Override
    @Message("Adult lacking full legal capacity")
    String guardianship_ADULT_LACKING_CAPACITY();

    @Override
    @Message("Other reason")
    String guardianship_OTHER();

    @Override
    @Message("Vessel")
    String craft_VESSEL();

    @Override
    @Message("Aircraft")
    String craft_AIRCRAFT();

    @Override
    @Message("Stateless")
    String country_XXA();

    @Override
    @Message("Refugee (1951 Convention)")
    String country_XXB();

    @Override
    @Message("Other refugee")
    String country_XXC();

    @Override
    @Message("Unspecified nationality")
    String country_XXX();

    @Override
    @Message("United Nations")
    String country_UNO();

    @Override
    @Message("United Nations specialised agency")
    String country_UNA();

    @Override
    @Message("United Nations mission in Kosovo")
    String country_UNK();

    @Override
    @Message("European Union")
    String country_EUE();

    @Override
    @Message("Germany")
    String country_D();

    @Override
    @Message("United Kingdom (British Overseas Territories Citizen)")
    String country_GBD();

    @Override
    @Message("United Kingdom (British National (Overseas))")
    String country_GBN();

    @Override
    @Message("United Kingdom (British Overseas Citizen)")
    String country_GBO();

    @Override
    @Message("United Kingdom (British Protected Person)")
    String country_GBP();

    @Override
    @Message("United Kingdom (British Subject)")
    String country_GBS();
}
