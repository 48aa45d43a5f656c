package com.aftercare.demo;

import com.aftercare.policy.ProductCategory;
import java.util.List;

/** What the demo store sells: mechanical and quartz watches (waterproof and not), smart watches and accessories, in TRY. */
final class DemoCatalogue {

    /** @param serialPrefix null for goods sold without serial numbers (straps, chargers) */
    record Product(String sku, String name, ProductCategory category, boolean waterproof, String price, String serialPrefix) {
    }

    static final List<Product> WATCHES = List.of(
            new Product("SEI-SRPD55K1", "Seiko 5 Sports SRPD55K1 Automatic", ProductCategory.WATCH, true, "8999.00", "SEI"),
            new Product("ORI-RAAC0M01", "Orient Bambino RA-AC0M01 Automatic", ProductCategory.WATCH, false, "7450.00", "ORI"),
            new Product("TIS-T1374071", "Tissot PRX Powermatic 80 T137.407.11.041.00", ProductCategory.WATCH, true, "27500.00", "TIS"),
            new Product("HAM-H69439931", "Hamilton Khaki Field Mechanical 38 mm", ProductCategory.WATCH, true, "24900.00", "HAM"),
            new Product("CIT-NJ0150", "Citizen NJ0150-81E Automatic", ProductCategory.WATCH, true, "11250.00", "CIT"),
            new Product("CAS-MTP1302", "Casio MTP-1302PD-1A1VEF Quartz", ProductCategory.WATCH, false, "1899.00", "CAS"),
            new Product("CAS-GA2100", "Casio G-Shock GA-2100-1AER", ProductCategory.WATCH, true, "4299.00", "GSH"),
            new Product("CIT-BM7108", "Citizen Eco-Drive BM7108-81L", ProductCategory.WATCH, true, "6750.00", "ECO"),
            new Product("SWA-SO28B100", "Swatch Gent Originals SO28B100", ProductCategory.WATCH, false, "2950.00", "SWA"),
            new Product("FOS-FS5151", "Fossil Grant FS5151 Chronograph", ProductCategory.WATCH, false, "4150.00", "FOS"));

    static final List<Product> SMART_WATCHES = List.of(
            new Product("APL-WSE40", "Apple Watch SE 40 mm GPS", ProductCategory.SMART_WATCH, true, "10999.00", "APW"),
            new Product("SAM-R930", "Samsung Galaxy Watch6 40 mm", ProductCategory.SMART_WATCH, true, "9499.00", "SGW"),
            new Product("HUA-GT4-46", "Huawei Watch GT 4 46 mm", ProductCategory.SMART_WATCH, true, "7999.00", "HGT"),
            new Product("GAR-FR265", "Garmin Forerunner 265", ProductCategory.SMART_WATCH, true, "16999.00", "GFR"));

    static final List<Product> ACCESSORIES = List.of(
            new Product("JBL-T520BT", "JBL Tune 520BT headphones", ProductCategory.HEADPHONES, false, "1999.00", "JBL"),
            new Product("SNY-WHCH720N", "Sony WH-CH720N headphones", ProductCategory.HEADPHONES, false, "3799.00", "SNY"),
            new Product("APL-AIRPODS3", "Apple AirPods (3rd generation)", ProductCategory.HEADPHONES, true, "6499.00", "APP"),
            new Product("APL-WCHG-1M", "Apple Watch magnetic charging cable 1 m", ProductCategory.CHARGER, false, "1099.00", null),
            new Product("SAM-EPOR900", "Samsung Galaxy Watch wireless charger", ProductCategory.CHARGER, false, "899.00", null),
            new Product("GAR-CHG-CBL", "Garmin charging cable", ProductCategory.CHARGER, false, "649.00", null),
            new Product("STR-LEA-20", "Leather strap 20 mm, brown", ProductCategory.STRAP, false, "749.00", null),
            new Product("STR-SIL-22", "Silicone strap 22 mm, black", ProductCategory.STRAP, true, "349.00", null),
            new Product("STR-MIL-20", "Milanese mesh strap 20 mm", ProductCategory.STRAP, true, "899.00", null),
            new Product("STR-NATO-22", "NATO strap 22 mm, olive", ProductCategory.STRAP, false, "299.00", null),
            new Product("ACC-CASE-W3", "Travel case for three watches", ProductCategory.ACCESSORY, false, "1250.00", null));

    static final List<String> CONTRACTED_CARRIERS = List.of("Yurtiçi Kargo", "Aras Kargo");
    static final List<String> OTHER_CARRIERS = List.of("PTT Kargo", "MNG Kargo");

    static final List<String> FIRST_NAMES = List.of("Ayşe", "Mehmet", "Elif", "Mustafa", "Zeynep", "Ahmet", "Fatma", "Emre", "Selin", "Can",
            "Deniz", "Burak", "Ece", "Oğuz", "Merve", "John", "Emma", "Lukas", "Sofia", "David");
    static final List<String> LAST_NAMES = List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan",
            "Koç", "Kurt", "Smith", "Müller", "Rossi", "Brown");
    static final List<String> COMPANIES = List.of("Zaman Saat Ticaret A.Ş.", "Boğaziçi Danışmanlık Ltd. Şti.", "Anadolu Lojistik A.Ş.",
            "Ege Yazılım Ltd. Şti.", "Karadeniz Enerji A.Ş.", "Marmara Mimarlık Ltd. Şti.", "Kapadokya Turizm A.Ş.");

    private DemoCatalogue() {
    }
}
