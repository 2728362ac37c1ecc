package org.nafitha.identity.internal;

import java.util.Set;

import org.nafitha.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;

/**
 * Demo accounts, only with the {@code demo} profile. All share the documented demo password; they
 * are created once and never overwritten.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Nafitha-demo-1";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    DemoAccounts(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    private record Demo(String username, String nationalId, String ar, String en, Set<Role> roles,
                        String department, String mobile) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("1000000008", "1000000008", "أحمد بن علي الزهراني", "Ahmed bin Ali Al-Zahrani",
                    Set.of(Role.APPLICANT), null, "+966501234567"),
            new Demo("1000000016", "1000000016", "نورة بنت سعد القحطاني", "Noura bint Saad Al-Qahtani",
                    Set.of(Role.APPLICANT), null, "+966551112233"),
            new Demo("2000000006", "2000000006", "محمد عبد الرحيم خان", "Mohammed Abdulrahim Khan",
                    Set.of(Role.APPLICANT), null, "+966567778899"),
            new Demo("officer1", null, "خالد بن فهد العتيبي", "Khalid bin Fahd Al-Otaibi",
                    Set.of(Role.OFFICER), "passports", "+966500000101"),
            new Demo("officer2", null, "سارة بنت عبد الله الشهري", "Sarah bint Abdullah Al-Shehri",
                    Set.of(Role.OFFICER), "passports", "+966500000102"),
            new Demo("officer3", null, "يوسف بن إبراهيم الحربي", "Yousef bin Ibrahim Al-Harbi",
                    Set.of(Role.OFFICER), "residency", "+966500000106"),
            new Demo("reviewer1", null, "فيصل بن ناصر الدوسري", "Faisal bin Nasser Al-Dosari",
                    Set.of(Role.REVIEWER), "passports", "+966500000103"),
            new Demo("head1", null, "عبد العزيز بن سلمان المطيري", "Abdulaziz bin Salman Al-Mutairi",
                    Set.of(Role.HEAD), "passports", "+966500000104"),
            new Demo("reception1", null, "منى بنت فهد السبيعي", "Mona bint Fahd Al-Subaie",
                    Set.of(Role.RECEPTION), null, "+966500000107"),
            new Demo("inspector1", null, "هند بنت عمر الغامدي", "Hind bint Omar Al-Ghamdi",
                    Set.of(Role.INSPECTOR), "oversight", "+966500000108"),
            // Officers and heads of the other departments, so each has a queue in the demo.
            new Demo("head2", null, "ماجد بن عبد الرحمن السديري", "Majid bin Abdulrahman Al-Sudairi",
                    Set.of(Role.HEAD), "residency", "+966500000109"),
            new Demo("traffic1", null, "تركي بن محمد القرني", "Turki bin Mohammed Al-Qarni",
                    Set.of(Role.OFFICER), "traffic", "+966500000110"),
            new Demo("traffic-head", null, "بندر بن سعود الشمري", "Bandar bin Saud Al-Shammari",
                    Set.of(Role.HEAD), "traffic", "+966500000111"),
            new Demo("civil1", null, "أمل بنت خالد العنزي", "Amal bint Khalid Al-Enezi",
                    Set.of(Role.OFFICER), "civil-status", "+966500000112"),
            new Demo("civil-head", null, "سلطان بن فهد الرشيد", "Sultan bin Fahd Al-Rasheed",
                    Set.of(Role.HEAD), "civil-status", "+966500000113"),
            new Demo("police1", null, "ناصر بن عبد الله البقمي", "Nasser bin Abdullah Al-Buqami",
                    Set.of(Role.OFFICER), "police", "+966500000114"),
            new Demo("police-head", null, "عبد الرحمن بن حمد العسيري", "Abdulrahman bin Hamad Al-Asiri",
                    Set.of(Role.HEAD), "police", "+966500000115"),
            new Demo("nationality1", null, "ريم بنت سليمان الجهني", "Reem bint Sulaiman Al-Juhani",
                    Set.of(Role.OFFICER), "nationality", "+966500000116"),
            new Demo("nationality-head", null, "مشعل بن تركي آل سعود", "Mishal bin Turki Al Saud",
                    Set.of(Role.HEAD), "nationality", "+966500000117"),
            new Demo("prisons1", null, "حمد بن علي المالكي", "Hamad bin Ali Al-Malki",
                    Set.of(Role.OFFICER), "prisons", "+966500000118"),
            new Demo("prisons-head", null, "سعد بن عبد العزيز الزهراني", "Saad bin Abdulaziz Al-Zahrani",
                    Set.of(Role.HEAD), "prisons", "+966500000119"),
            new Demo("support1", null, "عبير بنت محمد الحمدان", "Abeer bint Mohammed Al-Hamdan",
                    Set.of(Role.OFFICER), "internal", "+966500000120"),
            new Demo("support-head", null, "وليد بن صالح الفيفي", "Waleed bin Saleh Al-Faifi",
                    Set.of(Role.HEAD), "internal", "+966500000121"),
            new Demo("admin", null, "مدير المنصة", "Platform administrator", Set.of(Role.ADMIN), null, "+966500000105"),
            // Reception of a women's section at a service centre, and an agent of the free hotline.
            new Demo("reception2", null, "جواهر بنت سالم القرشي", "Jawaher bint Salem Al-Qurashi",
                    Set.of(Role.RECEPTION), null, "+966500000122"),
            // An officer of the traffic department's women's section: cases flagged for it go to her only.
            new Demo("traffic-w1", null, "لطيفة بنت ناصر الدوسري", "Latifa bint Nasser Al-Dosari",
                    Set.of(Role.OFFICER), "traffic", "+966500000124"),
            // Staff of the communication centre that serves deaf and mute citizens: answers the written channel.
            new Demo("commcentre1", null, "رهف بنت عبد الله الشمراني", "Rahaf bint Abdullah Al-Shamrani",
                    Set.of(Role.AGENT), "communication-centre", "+966500000126"),
            new Demo("agent1", null, "فهد بن عبد الله الشهراني", "Fahd bin Abdullah Al-Shahrani",
                    Set.of(Role.AGENT), null, "+966500000123"),
            // Staff of the minister's office: triage people's requests to meet the minister and his deputy.
            new Demo("minister-office1", null, "عبد الله بن فهد السلمي", "Abdullah bin Fahd Al-Sulami",
                    Set.of(Role.OFFICIAL), "minister-office", "+966500000125"),
            // Archive staff: imports the scanned paper files.
            new Demo("archivist1", null, "هيفاء بنت سعود العمري", "Haifa bint Saud Al-Omari",
                    Set.of(Role.ARCHIVIST), null, "+966500000126"),
            // Finance staff: one proposes a refund, the other approves it (four eyes); both reconcile.
            new Demo("finance1", null, "نوف بنت عبد الله العتيبي", "Nouf bint Abdullah Al-Otaibi",
                    Set.of(Role.FINANCE), "finance", "+966500000127"),
            new Demo("finance2", null, "عمر بن خالد الحارثي", "Omar bin Khalid Al-Harthi",
                    Set.of(Role.FINANCE), "finance", "+966500000128"),
            // The wife of a detainee (تواصل): she follows her husband and, with his consent, sees his health.
            new Demo("1000000081", "1000000081", "هيا بنت محمد الدوسري", "Haya bint Mohammed Al-Dosari",
                    Set.of(Role.APPLICANT), null, "+966502223344"),
            // Staff of Al-Malaz prison (their department is the facility's code in the custody register).
            new Demo("prison-officer1", null, "مساعد بن ناصر الحربي", "Musaed bin Nasser Al-Harbi",
                    Set.of(Role.PRISON_OFFICER), "ruh-malaz", "+966500000131"),
            new Demo("prison-social1", null, "منيرة بنت عبد الله السهلي", "Munira bint Abdullah Al-Sahli",
                    Set.of(Role.PRISON_SOCIAL), "ruh-malaz", "+966500000132"),
            new Demo("prison-security1", null, "بدر بن فهد العنزي", "Badr bin Fahd Al-Enezi",
                    Set.of(Role.PRISON_SECURITY), "ruh-malaz", "+966500000133"),
            new Demo("prison-head1", null, "عبد الرحمن بن صالح الدوسري", "Abdulrahman bin Saleh Al-Dosari",
                    Set.of(Role.PRISON_HEAD), "ruh-malaz", "+966500000134"),
            // The joint municipal platform (Mount Lebanon): staff of two municipalities and a mukhtar, each scoped
            // to their municipality by the municipal module's staff table; the ministry's municipal affairs; the
            // operations room.
            new Demo("municipality1", null, "جورج إلياس الخوري", "Georges Elias El Khoury",
                    Set.of(Role.MUNICIPAL_STAFF), "municipal", "+9613100201"),
            new Demo("municipality2", null, "رنا سمير حداد", "Rana Samir Haddad",
                    Set.of(Role.MUNICIPAL_STAFF), "municipal", "+9613100202"),
            new Demo("mukhtar1", null, "وليد أسعد أبو شقرا", "Walid Assaad Abou Chakra",
                    Set.of(Role.MUKHTAR), "municipal", "+9613100203"),
            new Demo("municipal-affairs1", null, "ندى فؤاد شهاب", "Nada Fouad Chehab",
                    Set.of(Role.MUNICIPAL_AFFAIRS), "municipal-affairs", "+9613100204"),
            new Demo("municipal-affairs2", null, "كريم نبيل عون", "Karim Nabil Aoun",
                    Set.of(Role.MUNICIPAL_AFFAIRS), "municipal-affairs", "+9613100206"),
            new Demo("opsroom1", null, "هالة جميل نصر", "Hala Jamil Nasr",
                    Set.of(Role.OPERATIONS_ROOM), "operations-room", "+9613100205"),
            // The deputy minister's performance office: reads every department's figures.
            new Demo("leader1", null, "لمى بنت عبد الرحمن الفايز", "Lama bint Abdulrahman Al-Fayez",
                    Set.of(Role.LEADERSHIP), "leadership", "+966500000135"),
            // The ministry's sign-language interpreters: the hosts of video calls assign them to the calls asking for one.
            new Demo("interpreter1", null, "منى بنت سعد القحطاني", "Mona bint Saad Al-Qahtani",
                    Set.of(Role.INTERPRETER), "interpreting", "+966500000136"));

    private static final Set<String> WOMEN_SECTION = Set.of("reception2", "traffic-w1");

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (var d : DEMO) {
            if (accounts.exists(d.username())) continue;
            accounts.create(d.username(), d.nationalId(), d.ar(), d.en(), encoder.encode(DEMO_PASSWORD), d.roles(),
                    d.department(), d.mobile());
            if (WOMEN_SECTION.contains(d.username())) accounts.joinWomenSection(d.username());
            created++;
        }
        if (created > 0) log.info("Created {} demo accounts (password {})", created, DEMO_PASSWORD);
    }
}
