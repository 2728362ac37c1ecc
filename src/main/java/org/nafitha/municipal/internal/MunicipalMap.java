package org.nafitha.municipal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
        var features = GeoJson.features(location);
        double west = Double.MAX_VALUE, east = -Double.MAX_VALUE, south = Double.MAX_VALUE, north = -Double.MAX_VALUE;
        for (var feature : features) {
            for (var point : GeoJson.points(feature.path("geometry"))) {
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
                    for (var ring : GeoJson.rings(geometry)) {
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

    /** Whether a point (decimal degrees) lies inside one of the map's areas. */
    public boolean contains(double latitude, double longitude) {
        return GeoJson.inside(polygons, latitude, longitude);
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
}
