package org.rsisim.models.aifutures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One trajectory of {@link AiFuturesDynamics} against the AI Futures Project's own code
 * ({@code brendanhalstead/ai-progress-rates} at commit {@code 786c6655}) for five fixed parameter sets: their
 * central values, a slow set with the gap, a fast set, a draw in which progress blows up in 2028 (every one of
 * their solvers fails there and their grid after it is an extrapolation), and one with a constant doubling time
 * (growth factor 1, their exponential horizon). Every milestone date within 0.01 years of theirs (both unreached,
 * or both reached), progress within 1e-3 relative on every tenth point of their 250-point grid (for the blow-up,
 * up to 2028, before the failure), and the calibrated {@code r_software} and {@code progress_at_aa}.
 *
 * <p>The reference values were made by their code with
 * {@code python3 benchmarks/aifm/reference.py /work/ref/aifm --every 10} (a checkout of their repository at
 * {@code 786c6655cff1f0221318da47624059371aac319e}; Python 3.11, NumPy 1.24.2, SciPy 1.10.1), the sets being the
 * script's built-in {@code central}, {@code gap_slow}, {@code fast}, {@code blowup} and {@code exponential}.
 */
class AiFuturesReferenceTest {
    record Reference(String name, String[] names, double[] values, double rSoftware, double progressAtAa,
                     double[] milestones, int[] gridIndex, double[] progress, double[] horizon,
                     double[] automation, double[] speedUp) {
        double[] parameters() {
            double[] p = AiFuturesParameters.defaults();
            for (int i = 0; i < names.length; i++) {
                p[AiFuturesParameters.index(names[i])] = values[i];
            }
            return AiFuturesParameters.check(p);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // central
    private static final Reference CENTRAL = new Reference("central",
            new String[] {"aa_time_horizon_minutes", "include_gap", "present_day", "present_horizon", "present_doubling_time", "doubling_difficulty_growth_factor", "rho_coding_labor", "inf_compute_asymptote", "inf_labor_asymptote", "inv_compute_anchor_exp_cap", "coding_automation_efficiency_slope", "parallel_penalty", "swe_multiplier_at_present_day", "ai_research_taste_at_coding_automation_anchor_sd", "ai_research_taste_slope", "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year", "constant_training_compute_growth_rate", "slowdown_year", "post_slowdown_training_compute_growth_rate"},
            new double[] {6224000.0, 0.0, 2025.6, 26.0, 0.408, 0.92, -2.0, 5001.0, 15.14, 3.32, 2.0, 0.5, 1.6, 0.5, 2.5, 3.25, 0.79, 0.6, 2028.0, 0.25},
            2.328818835761693, 25.236631151769412,
            new double[] {2030.0974752137797, 2031.3421921423137, 2030.5175716056967, 2031.1238750956031, 2031.7846515242768, 2032.7030267117066, 2033.6099827683936, 2030.8617663446794, 2031.8107023448229},
            new int[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 249},
            new double[] {0.0, 2.3411171384828187, 4.6655892718027605, 6.964399019904876, 9.234434939216586, 11.461595825106329, 13.563433007684086, 15.66027761249701, 17.789705583906763, 19.958565004998473, 22.123936109528778, 23.783325298795326, 25.588128359913558, 30.34072280386202, 34.87107961636254, 38.363084756188435, 41.49602176015494, 44.43782173059079, 47.26274077684195, 50.00381017317118, 52.661885412963215, 55.22074879330694, 57.679816456942696, 60.05530315642785, 62.36401646081017, 64.39598952210966},
            new double[] {0.0004086460167418381, 0.0008719505972804168, 0.00199514512543878, 0.00494985388403448, 0.013545703925691838, 0.04161852190300641, 0.14088192498742105, 0.5862352491372613, 3.3796782279253494, 32.7017881553259, 745.0712743354047, 26702.570487588597, 40156733.51410712, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101, 1.4803974127555152e+101},
            new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.010546231306372889, 0.2987169815589219, 0.5864242481984521, 0.8069030044431567, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
            new double[] {1.0000175585171802, 1.0000175585171802, 1.0000175585171802, 1.0000175585171802, 1.0000175585171802, 1.0000175585171802, 1.0000175585171802, 1.0000175585171802, 1.002627444753173, 1.0900168511966017, 1.2342624780475717, 1.4647168156030022, 3.4102246813570205, 296.6649541626733, 6639.256457001032, 72540.75046441947, 619817.6254559137, 4646275.045045918, 32150484.398612477, 210055798.48208922, 1296584381.3719418, 7477613040.172942, 40276122129.73773, 204869242681.72192, 995516836563.2454, 4002419833185.1846});
    // gap_slow
    private static final Reference GAP_SLOW = new Reference("gap_slow",
            new String[] {"aa_time_horizon_minutes", "include_gap", "gap_years", "pre_gap_aa_time_horizon", "present_day", "present_horizon", "present_doubling_time", "doubling_difficulty_growth_factor", "rho_coding_labor", "inf_compute_asymptote", "inf_labor_asymptote", "inv_compute_anchor_exp_cap", "coding_automation_efficiency_slope", "parallel_penalty", "swe_multiplier_at_present_day", "ai_research_taste_at_coding_automation_anchor_sd", "ai_research_taste_slope", "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year", "constant_training_compute_growth_rate", "slowdown_year", "post_slowdown_training_compute_growth_rate"},
            new double[] {30000000.0, 1.0, 2.0, 200000.0, 2025.6, 26.0, 0.55, 0.97, -5.0, 300.0, 5.0, 2.0, 1.0, 0.3, 1.3, -1.0, 1.2, 2.5, 0.5, 0.55, 2027.0, 0.15},
            2.5662153731595936, 23.181232019717854,
            new double[] {2042.67682099399, Double.NaN, 2049.6527551203744, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN},
            new int[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 249},
            new double[] {0.0, 1.7231402901754362, 3.439253209940003, 5.143462997777974, 6.833227162057883, 8.503099581298551, 10.113467599173303, 11.708902542946673, 13.315613680991337, 14.93613544411865, 16.241570747992863, 17.18241802391485, 18.06010028848889, 18.852068952116863, 19.56067441546427, 20.212655141610487, 20.827322247098007, 21.41383212525468, 21.981502642059763, 22.540391565671925, 23.113544652706633, 23.82117706479172, 24.53136285573583, 25.26516938690693, 26.039104498513204, 26.764334392020338},
            new double[] {6.315862689078883e-05, 0.00020531107103364507, 0.0007081209675818466, 0.0025982978869865695, 0.010191923966145152, 0.04286369144070783, 0.18769555984265682, 0.8969378057384175, 4.870616242429932, 30.80129074536374, 152.97790542724653, 523.0502343676561, 1754.0362419866701, 5539.309563647585, 16321.29473687842, 46255.86233638277, 129279.50767545652, 360665.6955306201, 1019495.2327270588, 2976952.053793338, 9439458.793952974, 42753347.99170694, 216911660.8200465, 1324705375.427649, 10586809358.769234, 89673204337.81049},
            new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.05584353290122279, 0.2109302238919939, 0.3358626044295323, 0.4259032901336455, 0.5098989767397877, 0.5856917258438896, 0.6535064747902126, 0.7159021400064862, 0.7747268282149133, 0.8308568218418937, 0.8851838565214056, 0.9386704777853712, 0.9935222037676372, 1.0, 1.0, 1.0, 1.0, 1.0},
            new double[] {1.0000081785562493, 1.0000081785562493, 1.0000081785562493, 1.0000081785562493, 1.0000081785562493, 1.0000081785562493, 1.0000081785562493, 1.0000081785562493, 1.0063688341694863, 1.0263633015591342, 1.045756878242831, 1.0622903432333837, 1.080386372398393, 1.0997678731763199, 1.1205702727769604, 1.1438925042634718, 1.1714294424101008, 1.205890952969834, 1.253525012233118, 1.3329396493821681, 1.4396523671895272, 1.6487484956131957, 2.0484377749646825, 2.759128696401885, 3.909432699861421, 5.430885264217741});
    // fast
    private static final Reference FAST = new Reference("fast",
            new String[] {"aa_time_horizon_minutes", "include_gap", "present_day", "present_horizon", "present_doubling_time", "doubling_difficulty_growth_factor", "rho_coding_labor", "inf_compute_asymptote", "inf_labor_asymptote", "inv_compute_anchor_exp_cap", "coding_automation_efficiency_slope", "parallel_penalty", "swe_multiplier_at_present_day", "ai_research_taste_at_coding_automation_anchor_sd", "ai_research_taste_slope", "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year", "constant_training_compute_growth_rate", "slowdown_year", "post_slowdown_training_compute_growth_rate"},
            new double[] {1000000.0, 0.0, 2025.6, 26.0, 0.35, 0.88, -1.0, 20000.0, 30.0, 4.0, 3.5, 0.6, 2.0, 1.5, 3.5, 5.0, 1.0, 0.65, 2030.0, 0.35},
            2.5271144494851057, 27.550359699801724,
            new double[] {2027.6792261054607, 2027.884005423836, 2027.649572566758, 2027.8241796877244, 2027.887674047308, 2027.907120539004, 2027.9221716574757, 2027.7679719439411, 2027.8870425807308},
            new int[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 249},
            new double[] {0.0, 2.793172088577629, 5.562740390691738, 8.297403453085993, 10.993876624530614, 13.632903345328478, 16.103765436102435, 18.58430092000158, 21.112288746398537, 23.711924999576365, 26.49737819672205, 88.33670404574087, 91.18311268732202, 93.0340143901259, 95.22299959728021, 97.4320538422953, 99.6411080873104, 101.8501623323255, 104.05921657734059, 106.26827082235569, 108.47732506737078, 110.68637931238588, 112.89543355740098, 115.10448780241607, 117.31354204743084, 119.30169086794466},
            new double[] {0.0017592881893847424, 0.0030912136938331287, 0.005766399229711883, 0.011555685380832749, 0.025348660010942818, 0.062201995435118805, 0.1692511352394705, 0.5813670939521097, 2.9849158932397044, 34.18168278115869, 5510.299285305526, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66, 3.0354641142083507e+66},
            new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3448611666373629, 0.82027854389719, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
            new double[] {1.0000200573832276, 1.0000200573832276, 1.0000200573832276, 1.0000200573832276, 1.0000200573832276, 1.0000200573832276, 1.0000200573832276, 1.0000200573832276, 1.0000200573832276, 1.1818961383223052, 1.9340882248820812, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23, 7.07469997356369e+23});
    // blowup
    private static final Reference BLOWUP = new Reference("blowup",
            new String[] {"aa_time_horizon_minutes", "include_gap", "gap_years", "pre_gap_aa_time_horizon", "present_day", "present_horizon", "present_doubling_time", "doubling_difficulty_growth_factor", "rho_coding_labor", "inf_compute_asymptote", "inf_labor_asymptote", "inv_compute_anchor_exp_cap", "coding_automation_efficiency_slope", "parallel_penalty", "swe_multiplier_at_present_day", "ai_research_taste_at_coding_automation_anchor_sd", "ai_research_taste_slope", "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year", "constant_training_compute_growth_rate", "slowdown_year", "post_slowdown_training_compute_growth_rate"},
            new double[] {383179.8030028172, 0.0, 2.342203386507942, 15058.070454975135, 2025.6, 26.0, 0.4492003386462694, 0.797921748118809, -1.0, 179.23516094236123, 1.3864344934307171, 5.078927621909983, 4.4901746312331, 0.4267037592302723, 1.3314664008847403, 4.351099303257017, 20.162392726708255, 3.4520781195094656, 0.4949588100390303, 0.5218866963653713, 2026.69855858867, 0.0985854052463434},
            1.1684603439462538, 16.323110839229948,
            new double[] {2028.4627842800246, 2028.5579079600172, 2028.4320463397794, 2028.4862973317604, 2028.4954713313934, 2028.5037562786026, 2028.510168629166, 2028.415809336341, 2028.4886239898458},
            new int[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 249},
            new double[] {0.0, 1.6287164034104151, 3.257315962364015, 4.88414845299259, 6.509357200220753, 8.122770235768295, 9.661719177193811, 11.199601430761708, 12.756110221588061, 14.312765084446252, 15.537300742748695, 1.7634196479024082e+74, 1.7553974247329746e+80, 1.3568585738496356e+82, 1.943134036986288e+83, 1.3304577094376026e+84, 6.007366318495757e+84, 2.0751921294226124e+85, 5.946775053450719e+85, 1.484717167370648e+86, 3.334418986833878e+86, 6.885872967812191e+86, 1.3283494948056072e+87, 2.421946509778506e+87, 4.21106906192656e+87, 6.690772918026432e+87},
            new double[] {0.05797183610400851, 0.07988896268506983, 0.11428904448669099, 0.1713482359834164, 0.27309139913466096, 0.47115708131445133, 0.8843285642425291, 1.9530797755734235, 5.7873166026322025, 31.56421181876664, 453.5075987639915, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38, 1.8233232918925275e+38},
            new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.19112284164524596, 0.6838236227098058, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
            new double[] {1.0000403965083313, 1.0000403965083313, 1.0000403965083313, 1.0000403965083313, 1.0000403965083313, 1.0000403965083313, 1.0000403965083313, 1.0000403965083313, 1.0000403965083313, 1.0272013153885953, 1.1351493728389215, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17, 3.6036244660298426e+17});
    // exponential
    private static final Reference EXPONENTIAL = new Reference("exponential",
            new String[] {"aa_time_horizon_minutes", "include_gap", "present_day", "present_horizon", "present_doubling_time", "doubling_difficulty_growth_factor", "rho_coding_labor", "inf_compute_asymptote", "inf_labor_asymptote", "inv_compute_anchor_exp_cap", "coding_automation_efficiency_slope", "parallel_penalty", "swe_multiplier_at_present_day", "ai_research_taste_at_coding_automation_anchor_sd", "ai_research_taste_slope", "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year", "constant_training_compute_growth_rate", "slowdown_year", "post_slowdown_training_compute_growth_rate"},
            new double[] {3000000.0, 0.0, 2025.6, 26.0, 0.5, 1.0, -2.0, 1000.0, 10.0, 2.5, 1.5, 0.5, 1.4, -1.0, 1.5, 3.0, 0.6, 0.55, 2026.0, 0.15},
            2.2679176017929996, 23.840855278214764,
            new double[] {2038.59799864379, 2041.5139189343422, 2040.2698973471836, 2042.0594110450545, 2045.7099355771031, Double.NaN, Double.NaN, 2041.6557332249329, 2045.5712341908736},
            new int[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 249},
            new double[] {0.0, 1.8963014924345627, 3.781670122879013, 5.649751115382657, 7.4978456418473085, 9.317922997492651, 11.056868479676357, 12.791519351022794, 14.553935985966937, 16.23981996212513, 17.433584375418224, 18.53276311829798, 19.554897722172722, 20.466355717088955, 21.27391050679866, 22.021304169237727, 22.742455802753433, 23.472101541810623, 24.48402029670733, 25.849667584579, 27.640877651555016, 29.252328827821003, 30.67514866483749, 31.9848862230533, 33.219407039387754, 34.28434354316278},
            new double[] {7.864709562116328e-10, 1.3646781040565843e-08, 2.3293377889598378e-07, 3.873791178906198e-06, 6.251404153812546e-05, 0.0009671816208681764, 0.013243839677451559, 0.18018266534864955, 2.555987362500692, 32.313625213016834, 194.7972464621131, 1018.503431528689, 4742.3017263714655, 18693.12976402682, 63018.467898791685, 194059.420675044, 574448.1962881389, 1722338.1469907518, 7897114.4499673685, 61659698.954639785, 913409116.442454, 10323952406.545485, 87850588457.86024, 630575740165.9037, 4041765932183.083, 20071113685341.582},
            new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.04193828324473459, 0.21585827173828886, 0.3390099808476399, 0.4524039966977962, 0.5578499473437368, 0.6518782234469525, 0.7351875862029149, 0.8122905772804936, 0.8866863753169478, 0.9619584464296813, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
            new double[] {1.0000098985174926, 1.0000098985174926, 1.0000098985174926, 1.0000098985174926, 1.0000098985174926, 1.0000098985174926, 1.0000098985174926, 1.0000098985174926, 1.0107027493377638, 1.0617024375265618, 1.1065086843332779, 1.1572583871600302, 1.216703577021121, 1.2853663367098491, 1.366732754005943, 1.4731831856341329, 1.6363588739556985, 1.97261341001734, 3.0721959699726407, 9.089048592968135, 37.890305844242874, 102.33594279011307, 233.20280886482763, 497.74746575530594, 1017.1252417157735, 1884.1061662521986});


    static Stream<Reference> references() {
        return Stream.of(CENTRAL, GAP_SLOW, FAST, BLOWUP, EXPONENTIAL);
    }

    /** The last date at which their grid is their solution rather than an extrapolation past a failure. */
    private static double until(Reference ref) {
        return ref == BLOWUP ? 2028.0 : 2050.0;
    }

    @ParameterizedTest
    @MethodSource("references")
    void milestonesWithinAHundredthOfAYear(Reference ref) {
        AiFuturesTrajectory t = new AiFuturesDynamics().run(ref.parameters());
        assertFalse(t.failed(), ref.name());
        assertEquals(ref == BLOWUP, t.solverFailed(), ref.name() + ": the solver fails in the blow-up only");
        for (int m = 0; m < ref.milestones().length; m++) {
            String what = ref.name() + " " + AiFuturesTrajectory.MILESTONES.get(m);
            double theirs = ref.milestones()[m];
            double ours = t.milestone(m);
            if (Double.isNaN(theirs)) {
                assertTrue(Double.isNaN(ours), what + ": theirs not reached, ours " + ours);
            } else {
                assertEquals(theirs, ours, 0.01, what);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("references")
    void progressWithinOneInAThousand(Reference ref) {
        AiFuturesTrajectory t = new AiFuturesDynamics().run(ref.parameters());
        assertEquals(ref.rSoftware(), t.rSoftware(), 1e-3 * ref.rSoftware(), ref.name() + " r_software");
        assertEquals(ref.progressAtAa(), t.progressAtAa(), 1e-3 * ref.progressAtAa(), ref.name() + " progress_at_aa");
        for (int k = 0; k < ref.gridIndex().length; k++) {
            int i = ref.gridIndex()[k];
            if (t.time(i) > until(ref)) {
                break;
            }
            double theirs = ref.progress()[k];
            assertEquals(theirs, t.progress(i), 1e-3 * Math.abs(theirs) + 1e-9,
                    ref.name() + " progress at " + t.time(i));
        }
    }

    @ParameterizedTest
    @MethodSource("references")
    void horizonAutomationAndSpeedUpFollowTheirs(Reference ref) {
        AiFuturesTrajectory t = new AiFuturesDynamics().run(ref.parameters());
        for (int k = 0; k < ref.gridIndex().length; k++) {
            int i = ref.gridIndex()[k];
            if (t.time(i) > until(ref)) {
                break;
            }
            String at = ref.name() + " at " + t.time(i);
            assertEquals(ref.horizon()[k], t.horizonMinutes(i), 1e-2 * ref.horizon()[k] + 1e-9, at + " horizon");
            assertEquals(ref.automation()[k], t.automationFraction(i), 2e-3, at + " automation fraction");
            assertEquals(ref.speedUp()[k], t.aiSoftwareProgressMultiplier(i), 1e-2 * ref.speedUp()[k],
                    at + " AI R&D speed-up");
        }
    }
}
