package id.go.wna.notification.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The settings of the notification letter to the post ({@code wna.letter.*}). */
@ConfigMapping(prefix = "wna.letter")
public interface LetterConfig {

    /** The Ministry's contact officer every letter names, set per deployment. */
    Contact contact();

    interface Contact {
        /** The officer's name; none prints only the unit. */
        Optional<String> name();

        /** The unit, e.g. Kemlu's consular directorate. */
        String unit();

        /** The phone number the post may call. */
        Optional<String> phone();

        /** The e-mail address the post may write to. */
        Optional<String> email();
    }
}
