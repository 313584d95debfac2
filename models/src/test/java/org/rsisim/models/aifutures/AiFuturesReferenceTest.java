package org.rsisim.models.aifutures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One trajectory of {@link AiFuturesDynamics} against the AI Futures Project's own code
 * ({@code brendanhalstead/ai-progress-rates} at commit {@code 786c6655}) for seven fixed parameter sets: their
 * central values, a slow set with the gap, a fast set, a draw in which progress blows up in 2028 (every one of
 * their solvers fails there and their grid after it is an extrapolation), one with a constant doubling time
 * (growth factor 1, their exponential horizon), and two draws of their own Monte Carlo in which Radau fails: in one
 * their fallback RK45 succeeds and is their grid, in the other every fallback fails and their grid is DOP853's
 * extrapolation (in both, Radau's extrapolation would put a milestone more than 0.01 years off). Every milestone
 * date within 0.01 years of theirs (both unreached, or both reached), the same solver's solution used, progress
 * within 1e-3 relative on every tenth point of their 250-point grid (where every solver fails, up to the
 * failure), and the calibrated {@code r_software} and {@code progress_at_aa}.
 *
 * <p>The reference values were made by their code with
 * {@code python3 benchmarks/aifm/reference.py /work/ref/aifm --every 10} (a checkout of their repository at
 * {@code 786c6655cff1f0221318da47624059371aac319e}; Python 3.11, NumPy 1.24.2, SciPy 1.10.1, OpenBLAS 0.3.21), the
 * sets being the script's built-in {@code central}, {@code gap_slow}, {@code fast}, {@code blowup},
 * {@code exponential}, {@code rk45_after_radau} and {@code all_solvers_fail}.
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

    // rk45_after_radau: draw 119 of their Monte Carlo (compare.py, seed 42). Radau fails in 2041; RK45 (rtol 1e-4)
    // succeeds and its solution is their grid. Radau's last step extrapolated, as rsisim did before it ran their
    // fallback solvers, put air_250x at 2041.7292, 0.0169 years after theirs.
    private static final Reference RK45_AFTER_RADAU = new Reference("rk45_after_radau",
            new String[] {"present_doubling_time", "doubling_difficulty_growth_factor", "ai_research_taste_slope", "ai_research_taste_at_coding_automation_anchor_sd", "gap_years", "pre_gap_aa_time_horizon", "aa_time_horizon_minutes", "coding_automation_efficiency_slope", "inv_compute_anchor_exp_cap", "inf_compute_asymptote", "include_gap", "present_day", "present_horizon", "rho_coding_labor", "inf_labor_asymptote", "parallel_penalty", "swe_multiplier_at_present_day", "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year", "slowdown_year", "constant_training_compute_growth_rate", "post_slowdown_training_compute_growth_rate"},
            new double[] {0.456597554234879, 0.9775449820172105, 5.080607517873979, -0.3360196786286477, 1.3767303709116054, 2643679.4970608456, 7149.329504431606, 7.923098032292836, 2.874580651154986, 100000.0, 1.0, 2025.6, 26.0, -1.0, 2.6484530201025267, 0.9876321244090679, 1.4493407897234494, 28.376580190478023, 0.19202537469135927, 2027.152398074374, 0.655581278252301, 0.26332797188105994},
            0.6632962667927241, 18.239872302523857,
            new double[] {2040.488839982729, 2040.407498451649, 2041.0711491869347, 2041.485763026043, 2041.7123302181908, 2041.762921950608, 2041.7672994194093, 2041.2511941240489, 2041.6393076453198},
            new int[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 249},
            new double[] {0.0, 1.308160637523533, 2.6153054621526066, 3.9206873830683584, 5.224238020470676, 6.523912052136491, 7.802791184253449, 9.085931871475248, 10.383683420373632, 11.69746553294031, 12.997205315490744, 13.798578650142684, 14.461744097136641, 15.08414902924234, 15.669569036071417, 16.23356827230079, 16.78534760269494, 17.329512206022095, 17.87139581164578, 18.443067072020064, 34.503448977231876, 35.3655041452026, 36.2069887819823, 37.048473418761986, 37.88995805554156, 38.64729422864337},
            new double[] {4.603481836312674e-06, 1.881867857498489e-05, 8.225518242507536e-05, 0.00038667196242999854, 0.0019697852691323136, 0.010941203551214208, 0.06532018977722759, 0.43866501548964215, 3.4251014768574555, 31.911447734223355, 345.2270841153113, 1653.5921601269692, 6442.974568518053, 24460.042442046055, 90683.55422571966, 338765.0774420336, 1302726.725116217, 5226116.072014446, 22262203.390165657, 111079863.90875801, 1000000000000.0, 1000000000000.0, 1000000000000.0, 1000000000000.0, 1000000000000.0, 1000000000000.0},
            new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.021001460098893254, 0.18471834486897287, 0.34668534546634033, 0.44654843892154794, 0.5291887641554613, 0.6067497200972376, 0.6797018016360028, 0.7499845350397816, 0.8187444855586439, 0.8865555272882488, 0.9540823226161048, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
            new double[] {1.0000005254186715, 1.0000005254186715, 1.0000005254186715, 1.0000005254186715, 1.0000005254186715, 1.0000005254186715, 1.0000005254186715, 1.0000005254186715, 1.0063352035752111, 1.0611129600889817, 1.1274257316138918, 1.1769365971102637, 1.224948626953365, 1.2779689758338848, 1.337697931940406, 1.4085507469886485, 1.4980263875360613, 1.6222204709801105, 1.8357682325050573, 4.162697254447114, 1.1182970109472008e+27, 1.1182970109472008e+27, 1.1182970109472008e+27, 1.1182970109472008e+27, 1.1182970109472008e+27, 1.1182970109472008e+27});
    // all_solvers_fail: draw 94 of their Monte Carlo (compare.py, seed 42). Radau, RK23, RK45 (twice) and DOP853
    // all fail in 2036; their grid after the failure is DOP853's last step extrapolated. Radau's last step
    // extrapolated instead put air_10000x at 2035.9768, 0.61 years before theirs.
    private static final Reference ALL_SOLVERS_FAIL = new Reference("all_solvers_fail",
            new String[] {"present_doubling_time", "doubling_difficulty_growth_factor", "ai_research_taste_slope", "ai_research_taste_at_coding_automation_anchor_sd", "gap_years", "pre_gap_aa_time_horizon", "aa_time_horizon_minutes", "coding_automation_efficiency_slope", "inv_compute_anchor_exp_cap", "inf_compute_asymptote", "include_gap", "present_day", "present_horizon", "rho_coding_labor", "inf_labor_asymptote", "parallel_penalty", "swe_multiplier_at_present_day", "median_to_top_taste_multiplier", "software_progress_rate_at_reference_year", "slowdown_year", "constant_training_compute_growth_rate", "post_slowdown_training_compute_growth_rate"},
            new double[] {0.2783507689971602, 0.8810983941564616, 4.4877409332577365, 0.9871283831408866, 4.569180769585399, 23160.83077611961, 15278.642291267808, 0.8497005923884303, 7.503895242048215, 82409.44522624167, 1.0, 2025.6, 26.0, -5.0, 50.722467462041436, 0.08218094245480269, 1.0528596012940068, 21.43261681528105, 1.476161669403043, 2029.6896728723193, 0.5972241663646397, 0.2472699882533576},
            2.711728057561594, 43.09964184656686,
            new double[] {2035.9224113161451, Double.NaN, 2036.2563312803024, 2036.480832667067, 2036.5738074302294, 2036.579857179005, 2036.584539539555, 2036.1695594073597, 2036.5178223809992},
            new int[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 249},
            new double[] {0.0, 3.818498041123099, 7.597380888639498, 11.315808819321614, 14.967025107156928, 18.49912481551029, 21.706083775492125, 24.87415471321844, 28.0295535504626, 31.096734067105853, 33.953190862030446, 36.466302527526295, 38.54567026158129, 39.98335719530338, 41.19734905997506, 42.293364323080326, 43.913341611446626, 2.590220877128884e+81, 5.818240416559008e+83, 1.1876026505157071e+85, 9.708205694028414e+85, 4.875535800656015e+86, 1.8080391827348696e+87, 5.45061571072723e+87, 1.4135872199992339e+88, 3.0201328659049977e+88},
            new double[] {0.0003661388552936354, 0.0006835311211904432, 0.001372202792851151, 0.0030083405866861276, 0.007389216325090409, 0.020842959308902724, 0.06577154513308346, 0.2764971628769812, 1.928950728576446, 35.970143042967464, 12755.691299812861, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67, 1.3286402152699921e+67},
            new double[] {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.06279234981701398, 0.2858294013222715, 0.482057475547514, 0.6444180788035623, 0.756675143309057, 0.8514657127056755, 0.9370444664687656, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
            new double[] {1.0000700632550612, 1.0000700632550612, 1.0000700632550612, 1.0000700632550612, 1.0000700632550612, 1.0000700632550612, 1.0000700632550612, 1.0000700632550612, 1.0000700632550612, 1.0023309666674438, 1.0118517211740314, 1.0232007126909737, 1.0366188930989335, 1.0502946583856791, 1.0682368171832186, 1.1138729566642753, 11.574874235468453, 4.495862013744568e+24, 4.495862013744568e+24, 4.495862013744568e+24, 4.495862013744568e+24, 4.495862013744568e+24, 4.495862013744568e+24, 4.495862013744568e+24, 4.495862013744568e+24, 4.495862013744568e+24});


    static Stream<Reference> references() {
        return Stream.of(CENTRAL, GAP_SLOW, FAST, BLOWUP, EXPONENTIAL, RK45_AFTER_RADAU, ALL_SOLVERS_FAIL);
    }

    /** The last date at which their grid is their solution rather than an extrapolation past a failure. */
    private static double until(Reference ref) {
        if (ref == BLOWUP) {
            return 2028.0;
        }
        return ref == ALL_SOLVERS_FAIL ? 2036.0 : 2050.0;
    }

    /** The solver whose solution their grid holds (the last one tried when all fail). */
    private static String solver(Reference ref) {
        if (ref == BLOWUP || ref == ALL_SOLVERS_FAIL) {
            return "DOP853";
        }
        return ref == RK45_AFTER_RADAU ? "RK45" : "Radau";
    }

    @ParameterizedTest
    @MethodSource("references")
    void milestonesWithinAHundredthOfAYear(Reference ref) {
        AiFuturesTrajectory t = new AiFuturesDynamics().run(ref.parameters());
        assertFalse(t.failed(), ref.name());
        assertEquals(ref == BLOWUP || ref == ALL_SOLVERS_FAIL, t.solverFailed(),
                ref.name() + ": every solver fails in these two blow-ups only");
        assertEquals(solver(ref), t.solver(), ref.name() + ": the solver whose solution is the grid");
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
