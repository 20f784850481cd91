package id.go.wna.notification.letter;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the letter to the post in English: the same messages as {@link LetterMessages}. */
@Localized("en")
public interface LetterMessagesEn extends LetterMessages {

    @Override
    @Message("Page")
    String page();

    @Override
    @Message("of")
    String of();

    @Override
    @Message("MINISTRY OF FOREIGN AFFAIRS")
    String ministryLine1();

    @Override
    @Message("OF THE REPUBLIC OF INDONESIA")
    String ministryLine2();

    @Override
    @Message("LETTER")
    String letterType();

    @Override
    @Message("DIPLOMATIC NOTE")
    String noteType();

    @Override
    @Message("Letter {reference} - {subject}")
    String titleLetter(String reference, String subject);

    @Override
    @Message("Note {reference} - {subject}")
    String titleNote(String reference, String subject);

    @Override
    @Message("DRAFT - NOT SENT")
    String draftBanner();

    @Override
    @Message("LATE NOTIFICATION")
    String lateBanner();

    @Override
    @Message("This notification is late: it is sent after its deadline. Explanation: {explanation}")
    String late(String explanation);

    @Override
    @Message("Number")
    String number();

    @Override
    @Message("Subject")
    String subject();

    @Override
    @Message("Sent")
    String sent();

    @Override
    @Message("not yet sent (draft)")
    String notYetSent();

    @Override
    @Message("To")
    String to();

    @Override
    @Message("E-mail: {email}")
    String postEmail(String email);

    @Override
    @Message("Fax: {fax}")
    String postFax(String fax);

    @Override
    @Message("Arrest or detention of a member of the consular staff")
    String subjectStaffArrest();

    @Override
    @Message("Consular notification: arrest and detention of a foreign national")
    String subjectArrest();

    @Override
    @Message("Follow-up notification: {stage}")
    String subjectFollowUp(String stage);

    @Override
    @Message("Notification of the death of a foreign national")
    String subjectDeath();

    @Override
    @Message("Notification: appointment of a guardian or trustee")
    String subjectGuardianship();

    @Override
    @Message("Notification of a wreck or air accident")
    String subjectWreck();

    @Override
    @Message("Correction of a consular notification")
    String subjectCorrection();

    @Override
    @Message("The Ministry of Foreign Affairs of the Republic of Indonesia wishes to inform the {post.withoutThe}")
    String openingLetter(String post);

    @Override
    @Message("The Ministry of Foreign Affairs of the Republic of Indonesia presents its compliments to the {post.withoutThe} and has the honour to inform the {postShort}")
    String openingNote(String post, String postShort);

    @Override
    @Message(" that {name}, a member of the consular staff of the {post.withoutThe}, has been arrested and is detained by the authorities of the Republic of Indonesia, as set out below.")
    String openingStaffArrested(String name, String post);

    @Override
    @Message(" that {person} has been arrested and is detained by the authorities of the Republic of Indonesia, as set out below.")
    String openingArrested(String person);

    @Override
    @Message(" of a further development concerning {person} whose detention was notified earlier: {stage}.")
    String openingFollowUp(String person, String stage);

    @Override
    @Message(", with deep regret, of the death of {person} in Indonesia{#if diedOn} on {diedOn}{/if}{#if inCustody}, while in custody{/if}, as set out below.")
    String openingDeath(String person, boolean inCustody, String diedOn);

    @Override
    @Message(" that the appointment of a guardian or trustee appears to be in the interests of {person}, as set out below.")
    String openingGuardianship(String person);

    @Override
    @Message(" that the {craft}{#if name} {name}{/if}{#if registration} (registration {registration}){/if}{#if aircraft} has suffered an accident{#else} has been wrecked or has run aground{/if} in the territory of the Republic of Indonesia{#if when} on {when}{/if}, as set out below.")
    String openingWreck(String craft, String name, String registration, boolean aircraft, String when);

    @Override
    @Message(" of a correction to its earlier notification concerning {person}.")
    String openingCorrection(String person);

    @Override
    @Message("vessel or aircraft")
    String vesselOrAircraft();

    @Override
    @Message("The Ministry thanks the {post.withoutThe} for its attention.")
    String closingLetter(String post);

    @Override
    @Message("The Ministry of Foreign Affairs of the Republic of Indonesia avails itself of this opportunity to renew to the {post.withoutThe} the assurances of its highest consideration.")
    String closingNote(String post);

    @Override
    @Message("(seal and initials)")
    String seal();

    @Override
    @Message("This information is provided as a courtesy")
    String courtesy();

    @Override
    @Message(", at the request of the person concerned.")
    String courtesyRequested();

    @Override
    @Message(", in keeping with the Ministry's policy for detained children.")
    String courtesyMinor();

    @Override
    @Message(", as the person concerned faces the death penalty: the Ministry communicates every stage of such a case.")
    String courtesyDeathPenalty();

    @Override
    @Message("the Vienna Convention on Consular Relations of 1963, to which Indonesia is a party by Law No. 1 of 1982 (")
    String vccr();

    @Override
    @Message("UU 1/1982")
    String vccrLaw();

    @Override
    @Message("This notification is made at the request of the person concerned, in accordance with Article 36(1)(b) of ")
    String basisRequested();

    @Override
    @Message("This notification is mandatory under the {instrument.withoutThe}, and is made irrespective of the request or wishes of the person concerned, consistent with Article 36(1)(b) of ")
    String basisMandatory(String instrument);

    @Override
    @Message("This notification is made because the person concerned faces the death penalty: the Ministry informs the consular post of every stage of such a case, irrespective of the request or wishes of the person concerned, consistent with Article 36 of ")
    String basisDeathPenalty();

    @Override
    @Message("This notification is made in accordance with the policy of the Ministry of Foreign Affairs of the Republic of Indonesia of informing the consular post of the detention of a child, irrespective of the child's wishes, consistent with Article 36(1)(b) of ")
    String basisMinor();

    @Override
    @Message("This notification is made in accordance with Article 37 of ")
    String basisArticle37();

    @Override
    @Message("This notification is made in accordance with Article 37({letter}) of ")
    String basisArticle37Letter(String letter);

    @Override
    @Message("In accordance with Article 42 of ")
    String basisArticle42();

    @Override
    @Message(", the Ministry promptly informs the head of the consular post of the arrest or detention of a member of its consular staff.")
    String basisArticle42End();

    @Override
    @Message("This notification is made under Article 36 of ")
    String basisOverride();

    @Override
    @Message(" by decision of a supervising official of the Ministry.")
    String basisOverrideEnd();

    @Override
    @Message("This note corrects the Ministry's ")
    String correctsNote();

    @Override
    @Message("This letter corrects the Ministry's ")
    String correctsLetter();

    @Override
    @Message("Note No. {reference}")
    String correctsNoteNumber(String reference);

    @Override
    @Message("Letter No. {reference}")
    String correctsLetterNumber(String reference);

    @Override
    @Message("earlier note")
    String correctsEarlierNote();

    @Override
    @Message("earlier letter")
    String correctsEarlierLetter();

    @Override
    @Message(". The particulars below replace those communicated before.")
    String correctionReplaces();

    @Override
    @Message("Identity")
    String sectionIdentity();

    @Override
    @Message("Surname (as on the document)")
    String surname();

    @Override
    @Message("Given names (as on the document)")
    String givenNames();

    @Override
    @Message("Name in the MRZ")
    String mrzName();

    @Override
    @Message("none / not known")
    String noneOrNotKnown();

    @Override
    @Message("Sex")
    String sex();

    @Override
    @Message("Date and place of birth")
    String birth();

    @Override
    @Message("Nationality")
    String nationality();

    @Override
    @Message("Travel document")
    String sectionTravelDocument();

    @Override
    @Message("none known")
    String noneKnown();

    @Override
    @Message("Type")
    String type();

    @Override
    @Message("Issuing state")
    String issuingState();

    @Override
    @Message("Expires on")
    String expiresOn();

    @Override
    @Message("Stay permit")
    String sectionStayPermit();

    @Override
    @Message("Valid until")
    String validUntil();

    @Override
    @Message("Arrest")
    String sectionArrest();

    @Override
    @Message("Date and time")
    String dateAndTime();

    @Override
    @Message("Place")
    String place();

    @Override
    @Message("Arresting authority")
    String arrestingAuthority();

    @Override
    @Message("Current place of detention")
    String sectionDetention();

    @Override
    @Message("Form of custody")
    String formOfCustody();

    @Override
    @Message("Type of facility")
    String typeOfFacility();

    @Override
    @Message("Address")
    String address();

    @Override
    @Message("Province")
    String province();

    @Override
    @Message("Grounds of detention (charges)")
    String sectionCharges();

    @Override
    @Message("Statute and article")
    String statuteAndArticle();

    @Override
    @Message("not yet known")
    String notYetKnown();

    @Override
    @Message("Article {article}")
    String article(String article);

    @Override
    @Message("Notification and consular access")
    String sectionConsularAccess();

    @Override
    @Message("Basis of this notification")
    String basisLabel();

    @Override
    @Message("Requested by the person concerned")
    String basisRowRequested();

    @Override
    @Message("Mandatory under the {instrument.withoutThe} (irrespective of the person's wishes)")
    String basisRowMandatory(String instrument);

    @Override
    @Message("Ministry policy: the detention of a child is always notified")
    String basisRowMinor();

    @Override
    @Message("Death-penalty case: every stage is notified, irrespective of the person's wishes")
    String basisRowDeathPenalty();

    @Override
    @Message("Courtesy information")
    String basisRowCourtesy();

    @Override
    @Message("Article 37 of the Vienna Convention 1963")
    String basisRowArticle37();

    @Override
    @Message("Article 42 of the Vienna Convention 1963 (member of the consular staff)")
    String basisRowArticle42();

    @Override
    @Message("By decision of a supervising official")
    String basisRowOverride();

    @Override
    @Message("Opposes consular action (visits)")
    String opposesConsularAction();

    @Override
    @Message("Yes, expressly; the objection has been recorded")
    String opposesYes();

    @Override
    @Message("Yes")
    String yes();

    @Override
    @Message("No")
    String no();

    @Override
    @Message("Language spoken")
    String languageSpoken();

    @Override
    @Message("Interpreter needed")
    String interpreterNeeded();

    @Override
    @Message("Language")
    String sectionLanguage();

    @Override
    @Message("Death")
    String sectionDeath();

    @Override
    @Message("Date")
    String date();

    @Override
    @Message("Time")
    String time();

    @Override
    @Message("Cause of death")
    String causeOfDeath();

    @Override
    @Message("Location of the remains")
    String remainsLocation();

    @Override
    @Message("Died in custody")
    String diedInCustody();

    @Override
    @Message("Next of kin")
    String nextOfKin();

    @Override
    @Message("Development")
    String sectionDevelopment();

    @Override
    @Message("Stage")
    String stage();

    @Override
    @Message("Court")
    String court();

    @Override
    @Message("Scheduled departure")
    String scheduledDeparture();

    @Override
    @Message("Scheduled for")
    String scheduledExecution();

    @Override
    @Message("Scheduled for")
    String scheduledFor();

    @Override
    @Message("Details")
    String details();

    @Override
    @Message("Accident")
    String sectionAccident();

    @Override
    @Message("Type of craft")
    String typeOfCraft();

    @Override
    @Message("Vessel / aircraft")
    String craft();

    @Override
    @Message("Registration")
    String registration();

    @Override
    @Message("Persons on board")
    String personsOnBoard();

    @Override
    @Message("Dead")
    String dead();

    @Override
    @Message("Missing")
    String missing();

    @Override
    @Message("Guardianship")
    String sectionGuardianship();

    @Override
    @Message("Reason")
    String reason();

    @Override
    @Message("Current whereabouts and care")
    String currentCare();

    @Override
    @Message("The person concerned has expressly stated that they oppose consular action on their behalf, including visits. The objection has been recorded.")
    String opposes();

    @Override
    @Message(" This notification is nevertheless made because it is mandatory.")
    String opposesNeverthelessMandatory();

    @Override
    @Message(" This notification is nevertheless made under the Ministry's policy for children.")
    String opposesNeverthelessMinor();

    @Override
    @Message(" The Ministry asks that this wish be respected.")
    String opposesRespect();

    @Override
    @Message(" Under Article 36(1)(c) of the Vienna Convention 1963, consular officers shall refrain from taking action on behalf of a national who expressly opposes such action.")
    String opposesArticle36();

    @Override
    @Message("The {post} may request consular access (a visit in person, by telephone or by video) ")
    String accessRequest(String post);

    @Override
    @Message("through the Ministry's contact officer named below.")
    String accessThrough();

    @Override
    @Message("Given the gravity of the case, the Ministry will inform the {post} of every further stage.")
    String everyFurtherStage(String post);

    @Override
    @Message("The Ministry stands ready to discuss with the {post} the arrangements for the repatriation of the remains, or for their burial or cremation in Indonesia, in accordance with the wishes of the family.")
    String repatriation(String post);

    @Override
    @Message("The Ministry will communicate further information on the persons on board as soon as it becomes available.")
    String personsOnBoardLater();

    @Override
    @Message("telephone {phone}")
    String contactPhone(String phone);

    @Override
    @Message("e-mail {email}")
    String contactEmail(String email);

    @Override
    @Message("Contact officer: {details}.")
    String contact(String details);

    @Override
    @Message("Post")
    String postFallback();

    @Override
    @Message("the person described below")
    String personBelow();

    @Override
    @Message("{name}, a national of {nations}")
    String personOfNationality(String name, String nations);

    @Override
    @Message("not known")
    String notKnown();

    @Override
    @Message(" and ")
    String and();

    @Override
    @Message("{day} {month} {year}")
    String fullDate(int day, String month, int year);

    @Override
    @Message("{date}, {hour}:{minute} {zone}")
    String fullDateTime(String date, String hour, String minute, String zone);

    @Override
    @Message("January")
    String january();

    @Override
    @Message("February")
    String february();

    @Override
    @Message("March")
    String march();

    @Override
    @Message("April")
    String april();

    @Override
    @Message("May")
    String may();

    @Override
    @Message("June")
    String june();

    @Override
    @Message("July")
    String july();

    @Override
    @Message("August")
    String august();

    @Override
    @Message("September")
    String september();

    @Override
    @Message("October")
    String october();

    @Override
    @Message("November")
    String november();

    @Override
    @Message("December")
    String december();
}
