package org.medlist.knowledge;

import java.util.List;
import java.util.Set;

/**
 * Salt, ester and hydrate words ("escitalopram oxalate", "vilanterol trifenatate"). The builder strips
 * them from ingredient names when the rest is a known ingredient, so every source's spelling meets
 * on one salt-free key; the resolver strips them from what is typed the same way.
 */
public final class SaltWords {
    public static final Set<String> ALL = Set.copyOf(List.of(

            "hydrochloride", "hcl", "dihydrochloride", "hydrobromide", "sodium", "disodium", "potassium", "calcium", "magnesium",
            "oxalate", "maleate", "mesylate", "dimesylate", "besylate", "tartrate", "bitartrate", "succinate", "fumarate", "citrate",
            "sulfate", "bisulfate", "phosphate", "acetate", "bromide", "chloride", "dihydrate", "monohydrate", "trihydrate",
            "hemihydrate", "sesquihydrate", "hyclate", "propionate", "dipropionate", "valerate", "furoate", "xinafoate", "tosylate",
            "lactate", "gluconate", "napsylate", "pamoate", "decanoate", "malate", "hemifumarate", "anhydrous", "trometamol",
            "tromethamine", "medoxomil", "cilexetil", "erbumine", "lysine", "arginine", "meglumine", "benzoate", "salicylate",
            "stearate", "palmitate", "nitrate", "mononitrate", "estolate", "ethylsuccinate", "teoclate", "pivoxil",
            "trifenatate", "saccharate", "aspartate", "acetonide", "ditosylate", "dimaleate", "diacetate", "hemisulfate", "polistirex",
            "polacrilex", "embonate", "axetil", "proxetil", "pivalate", "isethionate", "edisylate", "esylate", "camsylate", "lactobionate",
            "undecanoate", "cypionate", "enanthate", "hydrate", "monosodium", "trisodium", "tetrahydrate", "pentahydrate", "hexahydrate",
            "carbonate", "bicarbonate", "hydroiodide", "iodide", "dihydrogen", "hydrogen", "sulphate",
            "monohydrochloride", "hemipentahydrate", "mesilate", "besilate", "hemitartrate", "methylbromide",
            "methylsulfate", "glucuronate", "l-lysine", "olamine", "diolamine", "benzathine", "procaine", "trihydrochloride",
            "recombinant"));

    private SaltWords() {}

    public static boolean is(String word) { return ALL.contains(word); }
}
