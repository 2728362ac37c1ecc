package org.nafitha.municipal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A generator of Lebanese beneficiaries and of the ways the same person gets written down again:
 * hamza and alef forms, ة/ه, ى/ي, diacritics, tatweel, compounds split or joined, ال dropped or
 * added, ابن/بن, a typo, first and father swapped, no grandfather, a Latin-letter entry, only the
 * birth year. Also their relatives, who must stay distinct: siblings, cousins, namesakes.
 */
public final class GeneratedNames {

    static final Map<String, List<String>> MEN = Map.ofEntries(
            Map.entry("محمد", List.of("Mohammad", "Mohamed", "Muhammad")), Map.entry("أحمد", List.of("Ahmad", "Ahmed")),
            Map.entry("علي", List.of("Ali")), Map.entry("حسين", List.of("Hussein", "Hussain", "Hosein")),
            Map.entry("حسن", List.of("Hassan", "Hasan")), Map.entry("خالد", List.of("Khaled", "Khalid")),
            Map.entry("عبد الله", List.of("Abdallah", "Abdullah", "Abd Allah")),
            Map.entry("عبد الرحمن", List.of("Abdel Rahman", "Abdulrahman")), Map.entry("يوسف", List.of("Youssef", "Yousef")),
            Map.entry("جورج", List.of("Georges", "George")), Map.entry("إلياس", List.of("Elias", "Elie")),
            Map.entry("طوني", List.of("Tony")), Map.entry("سمير", List.of("Samir")), Map.entry("وليد", List.of("Walid")),
            Map.entry("فادي", List.of("Fadi")), Map.entry("ربيع", List.of("Rabih", "Rabie")), Map.entry("نبيل", List.of("Nabil")),
            Map.entry("جميل", List.of("Jamil", "Gemayel")), Map.entry("إبراهيم", List.of("Ibrahim")),
            Map.entry("مصطفى", List.of("Moustafa", "Mustafa")), Map.entry("عيسى", List.of("Issa")),
            Map.entry("موسى", List.of("Moussa", "Musa")), Map.entry("قاسم", List.of("Kassem", "Qasem")),
            Map.entry("كريم", List.of("Karim", "Kareem")), Map.entry("رامي", List.of("Rami")), Map.entry("زياد", List.of("Ziad")),
            Map.entry("شربل", List.of("Charbel")), Map.entry("مارون", List.of("Maroun")), Map.entry("بطرس", List.of("Boutros")),
            Map.entry("فؤاد", List.of("Fouad", "Fuad")), Map.entry("أسعد", List.of("Assaad", "Asaad")),
            Map.entry("نزار", List.of("Nizar")), Map.entry("هشام", List.of("Hicham", "Hisham")),
            Map.entry("رياض", List.of("Riad", "Riyad")), Map.entry("منير", List.of("Mounir")), Map.entry("عماد", List.of("Imad", "Emad")),
            Map.entry("ماجد", List.of("Majed", "Majid")), Map.entry("نادر", List.of("Nader")), Map.entry("سليم", List.of("Salim", "Selim")),
            Map.entry("عادل", List.of("Adel")), Map.entry("بلال", List.of("Bilal")), Map.entry("طارق", List.of("Tarek", "Tariq")),
            Map.entry("مروان", List.of("Marwan")), Map.entry("غسان", List.of("Ghassan")), Map.entry("جهاد", List.of("Jihad")));

    static final Map<String, List<String>> WOMEN = Map.ofEntries(
            Map.entry("فاطمة", List.of("Fatima", "Fatmeh", "Fatmé")), Map.entry("زينب", List.of("Zeinab", "Zainab")),
            Map.entry("مريم", List.of("Mariam", "Maryam")), Map.entry("ليلى", List.of("Layla", "Leila")),
            Map.entry("هدى", List.of("Houda", "Huda")), Map.entry("رنا", List.of("Rana")), Map.entry("منى", List.of("Mona", "Muna")),
            Map.entry("سعاد", List.of("Souad")), Map.entry("نجوى", List.of("Najwa")), Map.entry("سلمى", List.of("Salma")),
            Map.entry("خديجة", List.of("Khadija", "Khadijeh")), Map.entry("رلى", List.of("Rola")), Map.entry("جنى", List.of("Jana")),
            Map.entry("نادين", List.of("Nadine")), Map.entry("ريتا", List.of("Rita")), Map.entry("كلوديت", List.of("Claudette")),
            Map.entry("وداد", List.of("Widad", "Wedad")), Map.entry("أمل", List.of("Amal")), Map.entry("هالة", List.of("Hala")),
            Map.entry("سميرة", List.of("Samira")), Map.entry("نسرين", List.of("Nisrine")), Map.entry("ماجدة", List.of("Majida")));

    static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            Map.entry("الخوري", List.of("El Khoury", "Khoury")), Map.entry("حداد", List.of("Haddad")),
            Map.entry("الحاج", List.of("El Hajj", "Hajj")), Map.entry("شهاب", List.of("Chehab", "Shehab")),
            Map.entry("عون", List.of("Aoun")), Map.entry("نصر", List.of("Nasr")), Map.entry("أبو شقرا", List.of("Abou Chakra", "Abu Shakra")),
            Map.entry("فضل الله", List.of("Fadlallah", "Fadl Allah")), Map.entry("الحسيني", List.of("El Husseini", "Husseini")),
            Map.entry("جعجع", List.of("Geagea")), Map.entry("الجميل", List.of("Gemayel", "El Gemayel")),
            Map.entry("سلامة", List.of("Salameh", "Salame")), Map.entry("معوض", List.of("Moawad")), Map.entry("فرنجية", List.of("Frangieh")),
            Map.entry("الأسمر", List.of("El Asmar", "Asmar")), Map.entry("عيسى", List.of("Issa")), Map.entry("حمادة", List.of("Hamadeh")),
            Map.entry("الزين", List.of("El Zein", "Zein")), Map.entry("بزي", List.of("Bazzi")), Map.entry("شمس الدين", List.of("Chamseddine", "Shamseddine")),
            Map.entry("مراد", List.of("Mourad", "Murad")), Map.entry("سعادة", List.of("Saadeh")), Map.entry("غانم", List.of("Ghanem")),
            Map.entry("قبلان", List.of("Kabalan", "Qabalan")), Map.entry("عبد الصمد", List.of("Abdel Samad", "Abdessamad")),
            Map.entry("أبو فاعور", List.of("Abou Faour")), Map.entry("جنبلاط", List.of("Joumblatt", "Jumblatt")),
            Map.entry("ارسلان", List.of("Arslan")), Map.entry("تقي الدين", List.of("Takieddine")), Map.entry("الصايغ", List.of("Sayegh", "El Sayegh")),
            Map.entry("رزق", List.of("Rizk")), Map.entry("طعمة", List.of("Tohme", "Toumeh")), Map.entry("نجم", List.of("Najm", "Najem")),
            Map.entry("بو صعب", List.of("Bou Saab")), Map.entry("الخطيب", List.of("El Khatib", "Khatib")), Map.entry("يزبك", List.of("Yazbeck")),
            Map.entry("ضاهر", List.of("Daher")), Map.entry("كنعان", List.of("Kanaan")), Map.entry("الموسوي", List.of("Moussawi", "El Moussawi")),
            Map.entry("ابن حسين", List.of("Ibn Hussein", "Bin Hussein")));

    private static final List<String> PLACES = List.of("بعبدا", "الحدث", "سن الفيل", "عاليه", "الشويفات", "بعقلين", "دير القمر", "برج حمود");

    private final Random random;
    private final List<String> men = List.copyOf(new TreeSet<>(MEN.keySet()));
    private final List<String> women = List.copyOf(new TreeSet<>(WOMEN.keySet()));
    /** Family names: the list above, and, as in Lebanon, men's names alone or after أبو (حسن, أبو حمدان). */
    private final List<String> families = Stream.concat(FAMILIES.keySet().stream(),
                    MEN.keySet().stream().flatMap(m -> Stream.of(m, "أبو " + m)))
            .distinct().sorted().toList();

    public GeneratedNames(long seed) {
        this.random = new Random(seed);
    }

    public Person person() {
        var female = random.nextBoolean();
        var birth = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Person(null, pick(female ? women : men), pick(men), pick(men), pick(families),
                pick(women) + " " + pick(families), birth, null, pick(PLACES));
    }

    /** A brother or sister: same parents and family, another first name, born another year. */
    public Person sibling(Person p) {
        var first = other(p.firstName(), random.nextBoolean() ? women : men);
        return new Person(null, first, p.fatherName(), p.grandfatherName(), p.familyName(), p.motherName(),
                otherYear(p.birthDate()), null, p.birthPlace());
    }

    /** A cousin through the father's brother: same grandfather and family, another father and mother. */
    public Person cousin(Person p) {
        return new Person(null, random.nextBoolean() ? p.firstName() : pick(men), other(p.fatherName(), men),
                p.grandfatherName(), p.familyName(), pick(women) + " " + pick(families), otherYear(p.birthDate()), null,
                p.birthPlace());
    }

    /** Someone else with the same first name, father's name and family name. */
    public Person namesake(Person p) {
        return new Person(null, p.firstName(), p.fatherName(), other(p.grandfatherName(), men), p.familyName(),
                other(p.motherName(), women) + " " + pick(families), otherYear(p.birthDate()), null, pick(PLACES));
    }

    /** The same person written down again, with one to three of the usual differences. */
    public Person variant(Person p) {
        if (random.nextInt(8) == 0) return latin(p);
        String first = p.firstName(), father = p.fatherName(), grandfather = p.grandfatherName(), family = p.familyName();
        String mother = p.motherName();
        LocalDate date = p.birthDate();
        Integer year = null;
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            switch (random.nextInt(9)) {
                case 0 -> first = spelling(first);
                case 1 -> father = spelling(father);
                case 2 -> family = article(spelling(family));
                case 3 -> first = typo(first);
                case 4 -> family = typo(family);
                case 5 -> { var t = first; first = father; father = t; }
                case 6 -> grandfather = null;
                case 7 -> { if (date != null) year = date.getYear(); date = null; }
                default -> mother = mother == null || random.nextBoolean() ? null : spelling(mother);
            }
        }
        return new Person(null, first, father, grandfather, family, mother, date, date == null ? year : null,
                random.nextBoolean() ? p.birthPlace() : null);
    }

    /** Entered in Latin letters, as on a foreign document. */
    private Person latin(Person p) {
        return new Person(null, latin(p.firstName()), latin(p.fatherName()),
                random.nextBoolean() ? null : latin(p.grandfatherName()), latin(p.familyName()), null,
                random.nextBoolean() ? p.birthDate() : null, p.birthDate().getYear(), null);
    }

    private String latin(String arabic) {
        if (arabic.startsWith("أبو ") && !FAMILIES.containsKey(arabic)) return (random.nextBoolean() ? "Abou " : "Abu ") + latin(arabic.substring(4));
        var spellings = MEN.getOrDefault(arabic, WOMEN.getOrDefault(arabic, FAMILIES.get(arabic)));
        return pick(spellings);
    }

    /** One of the interchangeable spellings: hamza and alef forms, ة/ه, ى/ي, diacritics, tatweel, compounds. */
    private String spelling(String s) {
        return switch (random.nextInt(7)) {
            case 0 -> s.replace('أ', 'ا').replace('إ', 'ا').replaceFirst("^ا", random.nextBoolean() ? "أ" : "إ");
            case 1 -> s.replace('ة', 'ه');
            case 2 -> s.replace('ى', 'ي');
            case 3 -> s.length() > 2 ? s.substring(0, 2) + "َ" + s.substring(2) : s;
            case 4 -> s.length() > 2 ? s.substring(0, 2) + "ـ" + s.substring(2) : s;
            case 5 -> s.contains(" ") ? s.replaceFirst(" ", "") : s.replaceFirst("^(عبد|أبو|ابو|بو)(?=.)", "$1 ");
            default -> s.replace("ابن ", "بن ");
        };
    }

    private String article(String family) {
        if (family.startsWith("ال")) return family.substring(2);
        return random.nextInt(3) == 0 ? "ال" + family : family;
    }

    /** One letter replaced by a neighbour on the Arabic keyboard, or dropped, or doubled. */
    private String typo(String s) {
        var letters = s.replace(" ", "");
        if (letters.length() < 4) return s;
        int i = 1 + random.nextInt(s.length() - 2);
        if (s.charAt(i) == ' ') return s;
        return switch (random.nextInt(3)) {
            case 0 -> s.substring(0, i) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + s.charAt(i) + s.substring(i);
            default -> s.substring(0, i) + "نتمكلسبيثقفغعهخحجد".charAt(random.nextInt(18)) + s.substring(i + 1);
        };
    }

    private LocalDate otherYear(LocalDate d) {
        return d.withYear(d.getYear() + (random.nextBoolean() ? 1 : -1) * (2 + random.nextInt(8)));
    }

    private String other(String name, List<String> from) {
        String other;
        do other = pick(from); while (other.equals(name));
        return other;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
