package org.medlist.cli;

import java.util.ArrayList;
import java.util.List;
import org.medlist.model.Profile;

/** "NAME" or "NAME:REACTION", as --allergy takes it. */
final class ProfileOptions {
    private ProfileOptions() {}

    static List<Profile.Allergy> allergies(List<String> values) {
        List<Profile.Allergy> out = new ArrayList<>();
        for (String v : values) {
            int colon = v.indexOf(':');
            String name = colon < 0 ? v : v.substring(0, colon);
            String reaction = colon < 0 ? "" : v.substring(colon + 1);
            if (name.isBlank()) throw new org.medlist.model.InvalidInputException("An --allergy needs a medicine or group name.");
            out.add(new Profile.Allergy(name.strip(), reaction.strip()));
        }
        return out;
    }
}
