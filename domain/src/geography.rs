//! Where municipalities are, for matching's distance and setting: the seat's coordinates and
//! whether it is an urban municipality (*mestna občina*, the legal town status). Thirty-one
//! municipalities for now (the thirty largest and Slovenj Gradec), over half of Slovenia's
//! people; for any other the distance is
//! unknown, and matching says so rather than guessing. Distances are straight lines between
//! seats, which understate travel in hilly country; a reason says so.

use crate::matching::Setting;

/// A municipality's seat.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Seat {
    pub latitude: f64,
    pub longitude: f64,
    /// An urban municipality (*mestna občina*).
    pub urban: bool,
}

/// (name as stored, latitude, longitude, urban), seats rounded to about a kilometre.
const SEATS: &[(&str, f64, f64, bool)] = &[
    ("Ljubljana", 46.056, 14.506, true),
    ("Maribor", 46.557, 15.646, true),
    ("Kranj", 46.239, 14.356, true),
    ("Koper", 45.548, 13.730, true),
    ("Celje", 46.231, 15.260, true),
    ("Novo mesto", 45.804, 15.169, true),
    ("Velenje", 46.359, 15.111, true),
    ("Nova Gorica", 45.956, 13.648, true),
    ("Ptuj", 46.420, 15.870, true),
    ("Murska Sobota", 46.662, 16.166, true),
    ("Slovenj Gradec", 46.510, 15.081, true),
    ("Domžale", 46.138, 14.594, false),
    ("Kamnik", 46.226, 14.612, false),
    ("Krško", 45.959, 15.492, false),
    ("Slovenska Bistrica", 46.392, 15.573, false),
    ("Brežice", 45.904, 15.592, false),
    ("Škofja Loka", 46.165, 14.306, false),
    ("Grosuplje", 45.956, 14.659, false),
    ("Jesenice", 46.437, 14.053, false),
    ("Ajdovščina", 45.887, 13.905, false),
    ("Radovljica", 46.344, 14.174, false),
    ("Piran", 45.528, 13.568, false),
    ("Vrhnika", 45.966, 14.296, false),
    ("Postojna", 45.776, 14.213, false),
    ("Trbovlje", 46.155, 15.053, false),
    ("Izola", 45.537, 13.660, false),
    ("Litija", 46.058, 14.830, false),
    ("Kočevje", 45.643, 14.863, false),
    ("Sežana", 45.709, 13.873, false),
    ("Idrija", 46.003, 14.027, false),
    ("Tolmin", 46.183, 13.733, false),
];

/// The seat of `municipality`, when it is on the map (names match exactly, as stored).
pub fn seat(municipality: &str) -> Option<Seat> {
    SEATS
        .iter()
        .find(|(name, ..)| *name == municipality)
        .map(|&(_, latitude, longitude, urban)| Seat {
            latitude,
            longitude,
            urban,
        })
}

/// Kilometres between two municipalities' seats in a straight line, rounded; 0 for the same
/// municipality, `None` when either is not on the map.
pub fn distance_km(from: &str, to: &str) -> Option<u32> {
    if from == to {
        return Some(0);
    }
    let (a, b) = (seat(from)?, seat(to)?);
    Some(haversine_km(a, b).round() as u32)
}

/// The municipalities on the map whose seats are within `km` of `from`'s (itself included), or
/// just `from` when it is not on the map.
pub fn within(from: &str, km: u32) -> Vec<String> {
    if seat(from).is_none() {
        return vec![from.to_owned()];
    }
    SEATS
        .iter()
        .filter(|(name, ..)| distance_km(from, name).is_some_and(|d| d <= km))
        .map(|(name, ..)| (*name).to_owned())
        .collect()
}

/// The setting of a municipality: its town status.
pub fn setting(municipality: &str) -> Option<Setting> {
    seat(municipality).map(|seat| {
        if seat.urban {
            Setting::Urban
        } else {
            Setting::Rural
        }
    })
}

/// Great-circle distance on a sphere of the Earth's mean radius.
fn haversine_km(a: Seat, b: Seat) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (lat_a, lat_b) = (a.latitude.to_radians(), b.latitude.to_radians());
    let d_lat = lat_b - lat_a;
    let d_lon = (b.longitude - a.longitude).to_radians();
    let h = (d_lat / 2.0).sin().powi(2) + lat_a.cos() * lat_b.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_lists_the_seats_in_reach() {
        let near = within("Koper", 10);
        assert!(near.contains(&"Koper".to_owned()) && near.contains(&"Izola".to_owned()));
        assert!(!near.contains(&"Ljubljana".to_owned()));
        assert_eq!(within("Nowhere", 50), vec!["Nowhere".to_owned()]);
    }

    #[test]
    fn distances_between_seats_are_straight_lines_in_km() {
        // Ljubljana to Maribor is about 104 km in a straight line (127 km by road).
        let km = distance_km("Ljubljana", "Maribor").unwrap_or_default();
        assert!((100..=108).contains(&km), "{km}");
        assert_eq!(distance_km("Maribor", "Ljubljana"), Some(km));
        let coast = distance_km("Koper", "Izola").unwrap_or_default();
        assert!((4..=10).contains(&coast), "{coast}");
    }

    #[test]
    fn the_same_municipality_is_zero_and_an_unknown_one_is_none() {
        assert_eq!(distance_km("Ljubljana", "Ljubljana"), Some(0));
        assert_eq!(distance_km("Bohinj", "Bohinj"), Some(0));
        assert_eq!(distance_km("Ljubljana", "Bohinj"), None);
        assert_eq!(
            distance_km("ljubljana", "Maribor"),
            None,
            "names match exactly"
        );
    }

    #[test]
    fn town_status_gives_the_setting() {
        assert_eq!(setting("Maribor"), Some(Setting::Urban));
        assert_eq!(setting("Idrija"), Some(Setting::Rural));
        assert_eq!(setting("Bohinj"), None);
    }
}
