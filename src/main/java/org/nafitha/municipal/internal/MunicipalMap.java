package org.nafitha.municipal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The governorate's map, read from shipped GeoJSON (by default {@code municipal/map/mount-lebanon.geojson};
 * {@code nafitha.municipal.map} names another file, e.g. official boundaries): districts as polygons,
 * municipalities as points. Projected here to SVG coordinates (equirectangular, longitudes scaled by
 * the cosine of the middle latitude) so the operations room draws it with no third-party tiles; it
 * also tells whether a map point given with a complaint lies inside the governorate.
 */
@Component
public class MunicipalMap {

    /** A district's outline as an SVG path, in the map's coordinates. */
    public record Area(String code, String path) {
    }

    /** A municipality's centre in the map's coordinates. */
    public record Spot(String code, double x, double y) {
    }

    private static final double WIDTH = 600;

    private final List<Area> areas = new ArrayList<>();
    private final Map<String, Spot> spots = new LinkedHashMap<>();
    private final List<double[][]> polygons = new ArrayList<>();
    private final double minLon, maxLat, scaleX, scale;
    private final double height;

    public MunicipalMap(@Value("${nafitha.municipal.map:classpath:municipal/map/mount-lebanon.geojson}") String location) {
        JsonNode features;
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            features = JsonMapper.builder().build().readTree(in).path("features");
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read the municipal map " + location, e);
        }
        double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, south = Double.MAX_VALUE, north = -Double.MAX_VALUE;
        for (var feature : features) {
            for (var point : points(feature.path("geometry"))) {
                west = Math.min(west, point[0]);
                east = Math.max(east, point[0]);
                south = Math.min(south, point[1]);
                north = Math.max(north, point[1]);
            }
        }
        if (west > east) throw new IllegalStateException("The municipal map " + location + " has no coordinates");
        this.minLon = west;
        this.maxLat = north;
        this.scaleX = Math.cos(Math.toRadians((north + south) / 2));
        this.scale = WIDTH / ((east - west) * scaleX);
        this.height = (north - south) * scale;
        for (var feature : features) {
            var code = feature.path("properties").path("code").asString();
            var geometry = feature.path("geometry");
            switch (geometry.path("type").asString()) {
                case "Polygon", "MultiPolygon" -> {
                    var path = new StringBuilder();
                    for (var ring : rings(geometry)) {
                        polygons.add(ring);
                        for (int i = 0; i < ring.length; i++) {
                            path.append(i == 0 ? 'M' : 'L').append(round(x(ring[i][0]))).append(',').append(round(y(ring[i][1])));
                        }
                        path.append('Z');
                    }
                    areas.add(new Area(code, path.toString()));
                }
                case "Point" -> {
                    var c = geometry.path("coordinates");
                    spots.put(code, new Spot(code, round(x(c.get(0).asDouble())), round(y(c.get(1).asDouble()))));
                }
                default -> throw new IllegalStateException("Unsupported geometry in " + location + ": " + geometry.path("type"));
            }
        }
    }

    public List<Area> areas() {
        return List.copyOf(areas);
    }

    public Optional<Spot> spot(String municipality) {
        return Optional.ofNullable(spots.get(municipality));
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return round(height);
    }

    /** Whether a point (decimal degrees) lies inside one of the map's areas (ray casting). */
    public boolean contains(double latitude, double longitude) {
        for (var ring : polygons) {
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

    /** A map point in the SVG's coordinates. */
    public Spot project(double latitude, double longitude) {
        return new Spot("", round(x(longitude)), round(y(latitude)));
    }

    private double x(double longitude) {
        return (longitude - minLon) * scaleX * scale;
    }

    private double y(double latitude) {
        return (maxLat - latitude) * scale;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static List<double[][]> rings(JsonNode geometry) {
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

    private static List<double[]> points(JsonNode geometry) {
        if ("Point".equals(geometry.path("type").asString())) {
            var c = geometry.path("coordinates");
            return List.of(new double[]{c.get(0).asDouble(), c.get(1).asDouble()});
        }
        var all = new ArrayList<double[]>();
        for (var ring : rings(geometry)) all.addAll(List.of(ring));
        return all;
    }
}
