package org.nafitha.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nafitha.catalogue.Catalogue;
import org.nafitha.catalogue.ServiceDefinition;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.portal.PortalProperties;

/** The home page's search over the real catalogue files. */
class ServiceFinderTest {

    private final ServiceFinder finder = new ServiceFinder(new Catalogue(), new PortalProperties(null, null, null, null));

    private List<String> codes(String query) {
        return finder.search(query, null, null).stream().map(ServiceDefinition::code).toList();
    }

    @Test
    void arabicSpellingVariantsFindTheSameService() {
        assertThat(codes("تجديد جواز السفر")).contains("passport-renewal");
        assertThat(codes("تجديد الجواز")).contains("passport-renewal");
        assertThat(codes("تَجْدِيد جَوَاز")).contains("passport-renewal");
        assertThat(codes("اقامه")).contains("residence-renewal");
        assertThat(codes("الهويه الوطنيه")).contains("national-id-renewal");
        assertThat(codes("تأشيرة خروج وعودة")).isEqualTo(codes("تاشيره خروج وعوده"));
    }

    @Test
    void englishWordsFindServicesToo() {
        assertThat(codes("Passport RENEWAL")).contains("passport-renewal");
    }

    @Test
    void staffServicesAreHiddenFromThePublicAndShownToStaff() {
        assertThat(finder.visibleTo(null)).noneMatch(s -> s.sector().equals("internal"));
        assertThat(codes("إجازة")).doesNotContain("leave-request");
        assertThat(finder.sectors(null)).doesNotContainKey("internal");
        var officer = new Actor("officer1", null, "خالد", Set.of(Role.OFFICER), "passports");
        assertThat(finder.search("إجازة", null, officer)).extracting(ServiceDefinition::code).contains("leave-request");
    }

    @Test
    void aSectorNarrowsTheList() {
        assertThat(finder.search("", "traffic", null)).isNotEmpty().allMatch(s -> s.sector().equals("traffic"));
    }

    @Test
    void nothingMatchesNonsense() {
        assertThat(codes("زززز")).isEmpty();
    }
}
