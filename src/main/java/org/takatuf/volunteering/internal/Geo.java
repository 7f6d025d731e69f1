package org.takatuf.volunteering.internal;

/** Great-circle distances and bounding boxes, good enough for "3 km away". */
public final class Geo {

    static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** {minLat, minLon, maxLat, maxLon} of a box that contains every point within {@code km}. */
    public static double[] box(double lat, double lon, double km) {
        double dLat = Math.toDegrees(km / EARTH_RADIUS_KM);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(lat)));
        double dLon = Math.toDegrees(km / (EARTH_RADIUS_KM * cos));
        return new double[] {lat - dLat, lon - dLon, lat + dLat, lon + dLon};
    }
}
