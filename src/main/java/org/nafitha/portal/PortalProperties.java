package org.nafitha.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param popular      the services the home page shows first, most asked-for first (codes)
 * @param staffSectors catalogue sectors whose services are for the ministry's own staff: never shown
 *                     to the public, only to signed-in staff
 * @param designPage   whether the living style page {@code /design} is open to everyone (demo);
 *                     otherwise only staff see it
 */
@ConfigurationProperties("nafitha.portal")
public record PortalProperties(@Nullable List<String> popular, @Nullable List<String> staffSectors,
                               @Nullable Boolean designPage) {

    public PortalProperties {
        if (popular == null) popular = List.of("passport-renewal", "national-id-renewal", "driving-licence-renewal",
                "traffic-violations-inquiry", "exit-reentry-visa", "birth-certificate");
        if (staffSectors == null) staffSectors = List.of("internal");
        if (designPage == null) designPage = false;
    }
}
