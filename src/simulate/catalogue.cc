#include "simulate/catalogue.hpp"

namespace custos::sim {
namespace {

constexpr Goods kGoods[] = {
    {"textiles", "620342", "men's cotton trousers;cotton trousers, woven;denim jeans", 18, 2000, "u", 0.6, "BD,CN,PK,TR,VN", "sea", "", 12},
    {"textiles", "610910", "cotton t-shirts, knitted;t-shirts 100% cotton;printed tee shirts", 16, 1800, "u", 0.2, "BD,CN,IN,TR,VN", "sea", "", 12},
    {"textiles", "640399", "leather footwear;men's leather shoes;women's leather boots", 28, 1500, "u", 0.9, "CN,IN,VN,IT,PT", "sea,air", "", 8},
    {"electronics", "847130", "laptop computers;portable notebook computers;laptops 14 inch", 300, 500, "u", 2.5, "CN,TW,VN,MY", "air,sea", "", 0},
    {"electronics", "851713", "smartphones;mobile phones;cellular telephones", 900, 200, "u", 0.25, "CN,VN,KR,IN", "air", "", 0},
    {"electronics", "852872", "LCD television sets;LED TV receivers 55 inch;television sets", 25, 3000, "u", 14, "CN,KR,MY,PL,TR", "sea", "", 14},
    {"electronics", "850760", "lithium-ion batteries;li-ion battery packs;rechargeable lithium cells", 30, 2000, "kg", 0, "CN,KR,JP", "sea", "", 2.7},
    {"machinery", "848180", "industrial valves;stainless steel ball valves;gate valves", 20, 1500, "u", 5, "CN,IT,DE,IN", "sea,road", "", 2.2},
    {"machinery", "841850", "refrigerated display cabinets;commercial freezers;display fridges", 9, 2500, "u", 120, "CN,IT,TR", "sea", "", 2.2},
    {"machinery", "847989", "industrial machinery parts;packaging machines;mixing machines", 22, 2000, "u", 250, "CN,DE,IT,JP", "sea,road", "", 1.7},
    {"food", "080132", "cashew nuts, shelled;cashew kernels W320;roasted cashews", 7, 16000, "kg", 0, "VN,IN,CI,NG,TZ", "sea", "", 0},
    {"food", "090111", "green coffee beans;arabica coffee, not roasted;robusta green coffee", 3.5, 19200, "kg", 0, "BR,VN,CO,ET,UG", "sea", "", 0},
    {"food", "030389", "frozen fish;frozen whole fish;frozen hake", 3, 24000, "kg", 0, "NO,IS,CN,VN,AR", "sea", "", 8},
    {"food", "120740", "sesame seeds;hulled sesame seeds;natural sesame", 1.6, 20000, "kg", 0, "NG,ET,SD,IN,TZ", "sea", "", 0},
    {"polymers", "390110", "polyethylene granules LDPE;low density polyethylene, primary form;LDPE pellets", 1.3, 24750, "kg", 0, "SA,US,KR,DE,BE", "sea", "", 6.5},
    {"polymers", "390210", "polypropylene granules;PP homopolymer pellets;polypropylene, primary form", 1.2, 24750, "kg", 0, "SA,KR,IN,BE,DE", "sea", "", 6.5},
    {"polymers", "390761", "PET resin chips;polyethylene terephthalate, bottle grade;PET granules", 1.1, 24000, "kg", 0, "CN,KR,TW,TH", "sea", "", 6.5},
    {"chemicals", "290511", "methanol;methyl alcohol;methanol 99.85%", 0.4, 20000, "kg", 0, "SA,NO,TT,US", "sea", "", 5.5},
    {"chemicals", "281512", "caustic soda solution;sodium hydroxide in aqueous solution;caustic soda lye 50%", 0.4, 22000, "kg", 0, "DE,BE,US,CN", "sea", "", 5.5},
    {"chemicals", "291411", "acetone;acetone technical grade;propanone", 1.0, 14000, "kg", 0, "US,DE,BE,KR", "sea", "", 5.5},
    {"fertilisers", "310230", "ammonium nitrate fertiliser;ammonium nitrate 34.5% N;AN prills", 0.35, 25000, "kg", 0, "PL,LT,NL,DE", "sea,road", "", 6.5},
    {"fertilisers", "310520", "NPK fertiliser 15-15-15;compound fertiliser NPK;NPK granules", 0.45, 26000, "kg", 0, "NO,RU,MA,BE", "sea,road", "", 6.5},
    {"wood", "940360", "wooden furniture;wooden dining tables;wooden cabinets", 4, 6000, "u", 25, "CN,VN,ID,MY,PL", "sea", "", 0},
    {"wood", "440711", "sawn pine timber;sawn wood of pine, planed;pine planks", 0.5, 22000, "kg", 0, "SE,FI,RU,BR,CL", "sea", "", 0},
    {"wood", "442199", "wooden articles;wooden kitchenware;wooden household articles", 6, 800, "kg", 0, "CN,VN,IN,ID", "sea", "", 3.5},
    {"homeware", "691390", "ceramic ornaments;ceramic statuettes;decorative ceramic articles", 5, 1000, "u", 1.5, "CN,PT,IN,TR", "sea", "", 6},
    {"homeware", "701349", "glass tableware;drinking glasses;glass bowls", 3, 4000, "kg", 0, "CN,TR,PL,FR", "sea,road", "", 11},
    {"vehicles", "870323", "used passenger cars;second-hand motor cars;used cars 1500cc", 5, 1400, "u", 1400, "JP,DE,US,GB,BE", "sea,road", "", 10},
    {"vehicles", "870899", "auto parts;motor vehicle parts;brake discs and pads", 8, 4000, "kg", 0, "CN,DE,JP,TR,IN", "sea,road", "", 3},
    {"refrigerants", "290345", "HFC-134a refrigerant in cylinders;1,1,1,2-tetrafluoroethane R-134a;refrigerant gas R134a", 6, 1360, "u", 13.6, "CN,US,JP", "sea", "FGAS_QUOTA", 5.5},
    {"refrigerants", "382762", "R-410A refrigerant blend;refrigerant mixture R410A;HFC blend R-410A in cylinders", 8, 1130, "u", 11.3, "CN,US", "sea", "FGAS_QUOTA", 6.5},
    {"scrap", "720449", "ferrous scrap;iron and steel scrap HMS 1&2;shredded steel scrap", 0.35, 25000, "kg", 0, "GB,US,DE,BE,NL", "sea", "", 0},
    {"scrap", "740400", "copper scrap;copper wire scrap (birch/cliff);copper waste", 7.5, 20000, "kg", 0, "GB,US,DE,FR", "sea", "", 0},
    {"scrap", "391590", "PET bottle flakes, sorted;clean sorted plastic scrap for recycling;plastic waste B3011", 0.25, 22000, "kg", 0, "GB,DE,FR,BE", "sea", "BASEL_CONSENT", 0},
    {"art", "970191", "oil painting on canvas;contemporary painting;acrylic painting", 2000, 15, "u", 15, "US,GB,FR,DE,CH", "air", "", 0},
    {"leather", "420221", "leather handbags;python leather handbags;crocodile leather bags", 400, 20, "u", 0.8, "IT,FR,SG", "air", "CITES_PERMIT", 3},
    {"pets", "010620", "live reptiles;captive-bred ball pythons;live geckos", 100, 5, "u", 0.5, "US,ID,GH,TG", "air", "CITES_PERMIT", 0},
    {"tools", "845811", "CNC lathes;horizontal lathes, numerically controlled;CNC turning centres", 25, 3000, "u", 3000, "DE,JP,IT,TW,CH", "sea", "", 2.7},
};

constexpr std::string_view kSectors[] = {"textiles", "electronics", "machinery", "food", "polymers", "chemicals",
                                         "fertilisers", "wood", "homeware", "vehicles", "refrigerants", "scrap",
                                         "art", "leather", "pets", "tools"};

}  // namespace

std::span<const Goods> catalogue() { return kGoods; }
std::span<const std::string_view> sectors() { return kSectors; }

}  // namespace custos::sim
