package org.medlist.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medlist.model.InvalidInputException;
import org.medlist.model.Profile;

/** The what-if profile flags: "NAME" or "NAME:REACTION", as --allergy takes it; a yes/no pair such as --drives / --no-drives. */
final class ProfileOptions {
    private ProfileOptions() {}

    /** Yes, no, or not known (neither flag given, which hides nothing); both at once is refused. */
    static Optional<Boolean> yesNo(String yesFlag, boolean yes, String noFlag, boolean no) {
        if (yes && no) throw new InvalidInputException("Give " + yesFlag + " or " + noFlag + ", not both.");
        return yes ? Optional.of(true) : no ? Optional.of(false) : Optional.empty();
    }

    static List<Profile.Allergy> allergies(List<String> values) {
        List<Profile.Allergy> out = new ArrayList<>();
        for (String v : values) {
            int colon = v.indexOf(':');
            String name = colon < 0 ? v : v.substring(0, colon);
            String reaction = colon < 0 ? "" : v.substring(colon + 1);
            if (name.isBlank()) throw new InvalidInputException("An --allergy needs a medicine or group name.");
            out.add(new Profile.Allergy(name.strip(), reaction.strip()));
        }
        return out;
    }
}
