-- Demo profile only (DemoOffices): realistic offices of a Saudi ministry with their hours. Their
-- waiting-room screens' tokens are set by DemoOffices, stored hashed like any other.
INSERT INTO appointment_offices (id, office_type, department, name_ar, name_en, address_ar, address_en, map_url,
                                 counters, slot_minutes) VALUES
('riyadh-passports-olaya', 'PASSPORT_OFFICE', 'passports', 'إدارة الجوازات بالرياض — فرع العليا',
 'Riyadh Passports — Olaya branch', 'طريق الملك فهد، حي العليا، الرياض 12214', 'King Fahd Road, Al Olaya, Riyadh 12214',
 'https://www.openstreetmap.org/?mlat=24.6948&mlon=46.6853#map=17/24.6948/46.6853', 6, 15),
('dammam-passports', 'PASSPORT_OFFICE', 'passports', 'جوازات المنطقة الشرقية — الدمام',
 'Eastern Province Passports — Dammam', 'طريق الملك سعود، حي الفيصلية، الدمام 32272', 'King Saud Road, Al Faisaliyah, Dammam 32272',
 'https://www.openstreetmap.org/?mlat=26.4207&mlon=50.0888#map=17/26.4207/50.0888', 5, 15),
('riyadh-centre-malaz', 'SERVICE_CENTRE', 'civil-status', 'مركز الخدمات الإلكترونية — الرياض (الملز)',
 'E-Services Centre — Riyadh (Al Malaz)', 'شارع الستين، حي الملز، الرياض 12629', 'Sitteen Street, Al Malaz, Riyadh 12629',
 'https://www.openstreetmap.org/?mlat=24.6648&mlon=46.7353#map=17/24.6648/46.7353', 8, 20),
('riyadh-women-civil', 'WOMEN_SECTION', 'civil-status', 'القسم النسائي — الأحوال المدنية بالرياض',
 'Women''s Section — Civil Affairs, Riyadh', 'طريق الأمير تركي الأول، حي حطين، الرياض 13516', 'Prince Turki I Road, Hittin, Riyadh 13516',
 'https://www.openstreetmap.org/?mlat=24.7569&mlon=46.6069#map=17/24.7569/46.6069', 3, 20),
('jeddah-traffic-licences', 'TRAFFIC_UNIT', 'traffic', 'إدارة مرور جدة — وحدة رخص القيادة',
 'Jeddah Traffic — Driving Licences Unit', 'طريق المدينة المنورة، حي الرويس، جدة 23214', 'Madinah Road, Al Ruwais, Jeddah 23214',
 'https://www.openstreetmap.org/?mlat=21.5169&mlon=39.1748#map=17/21.5169/39.1748', 4, 30),
('riyadh-hair-visits', 'PRISON_VISITS', 'prisons', 'مركز الزيارات — إصلاحية الحائر',
 'Visits Centre — Al-Ha''ir Correctional Facility', 'طريق الحائر، جنوب الرياض 14911', 'Al-Ha''ir Road, south of Riyadh 14911',
 'https://www.openstreetmap.org/?mlat=24.3857&mlon=46.8369#map=17/24.3857/46.8369', 10, 45);

-- Sunday to Thursday for every office; the traffic unit also opens on Saturday morning, the visits
-- centre on Friday afternoon (family visits).
INSERT INTO appointment_office_hours (office_id, weekday, opens, closes)
SELECT o.id, d.weekday, o.opens, o.closes
FROM (VALUES ('riyadh-passports-olaya', '07:30', '14:30'), ('dammam-passports', '07:30', '14:30'),
             ('riyadh-centre-malaz', '08:00', '16:00'), ('riyadh-women-civil', '08:00', '14:00'),
             ('jeddah-traffic-licences', '08:00', '15:00'), ('riyadh-hair-visits', '09:00', '15:00')) AS o (id, opens, closes)
         CROSS JOIN (VALUES (7), (1), (2), (3), (4)) AS d (weekday);
INSERT INTO appointment_office_hours (office_id, weekday, opens, closes) VALUES
('jeddah-traffic-licences', 6, '09:00', '13:00'),
('riyadh-hair-visits', 5, '14:00', '18:00');
