-- Cases' range (V20-V29), volunteering's table: the case page asks the volunteer bank (VolunteerBank.inCity)
-- for the volunteers of one city; this partial index serves that question without scanning every profile.
CREATE INDEX volunteer_profile_city_ix ON volunteer_profile (city) WHERE NOT paused;
