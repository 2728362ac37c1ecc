package org.nafitha.registers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.nafitha.country.ArabicDigits;
import org.nafitha.country.NationalId;
import org.nafitha.registers.Vehicle;
import org.nafitha.registers.VehicleRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import java.util.Locale;
import java.util.regex.Pattern;

/** The vehicle register as kept in the {@code vehicle_register} table. */
@Component
class JdbcVehicleRegister implements VehicleRegister {

    private static final String COLUMNS = """
            SELECT plate_latin, plate_arabic, sequence_number, owner_national_id, make_ar, make_en, model_ar,
                   model_en, model_year, colour_ar, colour_en, registration_expiry FROM vehicle_register""";

    private final JdbcClient jdbc;

    JdbcVehicleRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Vehicle> ownedBy(NationalId owner) {
        return jdbc.sql(COLUMNS + " WHERE owner_national_id = :id ORDER BY registration_expiry, plate_latin")
                .param("id", owner.value()).query(JdbcVehicleRegister::vehicle).list();
    }

    @Override
    public Optional<Vehicle> byPlate(String plateLatin) {
        var plate = normalised(plateLatin);
        if (plate == null) return Optional.empty();
        return jdbc.sql(COLUMNS + " WHERE plate_latin = :plate").param("plate", plate)
                .query(JdbcVehicleRegister::vehicle).optional();
    }

    /** {@code ٤٨٢١rsd}, {@code 4821RSD} and {@code 4821 RSD} are one plate, stored as {@code 4821 RSD}. */
    static String normalised(String plate) {
        var compact = ArabicDigits.toLatin(plate).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var m = Pattern.compile("([0-9]{1,4})([A-Z]{3})").matcher(compact);
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }

    private static Vehicle vehicle(ResultSet rs, int n) throws SQLException {
        return new Vehicle(rs.getString(1), rs.getString(2), rs.getString(3), new NationalId(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                rs.getString(11), rs.getObject(12, LocalDate.class));
    }
}
