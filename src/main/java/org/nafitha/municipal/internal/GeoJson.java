package org.nafitha.municipal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.DefaultResourceLoader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shapes of a GeoJSON file as plain coordinates ({longitude, latitude}): its features, the
 * polygons' outer rings, the points; and whether a point lies inside rings.
 */
final class GeoJson {

    private GeoJson() {
    }

    static JsonNode features(String location) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            return JsonMapper.builder().build().readTree(in).path("features");
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read the municipal map " + location, e);
        }
    }

    static List<double[][]> rings(JsonNode geometry) {
        var rings = new ArrayList<double[][]>();
        var coordinates = geometry.path("coordinates");
        var polygons = "Polygon".equals(geometry.path("type").asString()) ? List.of(coordinates) : coordinates.valueStream().toList();
        for (var polygon : polygons) {
            var outer = polygon.get(0);
            var ring = new double[outer.size()][];
            for (int i = 0; i < outer.size(); i++) ring[i] = new double[]{outer.get(i).get(0).asDouble(), outer.get(i).get(1).asDouble()};
            rings.add(ring);
        }
        return rings;
    }

    static List<double[]> points(JsonNode geometry) {
        if ("Point".equals(geometry.path("type").asString())) {
            var c = geometry.path("coordinates");
            return List.of(new double[]{c.get(0).asDouble(), c.get(1).asDouble()});
        }
        var all = new ArrayList<double[]>();
        for (var ring : rings(geometry)) all.addAll(List.of(ring));
        return all;
    }

    /** Whether a point (decimal degrees) lies inside one of the rings (ray casting). */
    static boolean inside(List<double[][]> rings, double latitude, double longitude) {
        for (var ring : rings) {
            boolean inside = false;
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                if ((ring[i][1] > latitude) != (ring[j][1] > latitude) && longitude < (ring[j][0] - ring[i][0])
                        * (latitude - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                    inside = !inside;
                }
            }
            if (inside) return true;
        }
        return false;
    }
}
