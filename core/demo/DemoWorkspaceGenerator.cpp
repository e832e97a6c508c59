#include "core/demo/DemoWorkspaceGenerator.h"

#include "core/demo/DemoRandom.h"
#include "core/store/EventWriter.h"
#include "core/store/RawEvent.h"
#include "core/store/Workspace.h"
#include "core/util/JsonText.h"
#include "core/util/TimeParsing.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace hc::demo {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kHourMs = 3600000;
constexpr qint64 kMinuteMs = 60000;

const std::array<const char*, 7> kCountries = {"US", "DE", "GB", "IN", "BR", "FR", "JP"};
const std::array<const char*, 3> kPlatforms = {"web", "ios", "android"};
const std::array<const char*, 5> kUtmSources = {"google", "direct", "newsletter", "twitter", "partner"};
const std::array<const char*, 5> kSessionEvents = {"view_dashboard", "create_report", "search", "share_report",
                                                   "export_csv"};
const std::array<std::array<const char*, 2>, 5> kFeedbackTexts = {{
    {"Too slow and confusing", "Could not find my reports"},
    {"Missing the export I need", "Setup took too long"},
    {"Does the job", "Okay, but charts could be clearer"},
    {"Useful dashboards", "Sharing reports is easy"},
    {"Love it, saves me hours", "Best analytics tool we tried"},
}};

struct DemoEvent {
    qint64 timeMs;
    int order; // keeps same-millisecond events in the order they were made
    std::string name;
    std::string extraJson; // event-specific properties, without braces
};

struct UserTraits {
    int country;
    int platform;
    int utm;
    bool treatment;
    double engagement;
    int updateLag;
};

QString tr(const char* text) { return QCoreApplication::translate("hc::demo::DemoWorkspaceGenerator", text); }

std::string hex16(quint64 v)
{
    static const char kHex[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4)
        s[size_t(i)] = kHex[v & 15];
    return s;
}

// A time of day with a daytime peak: most activity between 08:00 and 22:00 UTC.
qint64 timeOfDayMs(DemoRandom& rng)
{
    const int hour = rng.weighted(
        {1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 3.5, 4.5, 5, 5, 4.6, 4.8, 5, 5, 4.8, 4.4, 4, 3.6, 3.2, 2.8, 2.2, 1.5});
    return hour * kHourMs + rng.below(kHourMs);
}

// The period every user of one generation shares.
struct DemoFrame {
    QDate from;
    int days = 0;
    qint64 firstDay = 0;
    qint64 endMs = 0;
    int anomalyIndex = -1;
};

// One generated user: traits, the events made so far (unsorted) and what later steps need.
struct DemoUser {
    UserTraits traits{};
    int signupDay = 0;
    qint64 signupAt = 0;
    qint64 upgradeAt = -1;
    double monthlyPrice = 0;
    qint64 lastSeen = 0;
    std::vector<DemoEvent> events;
    int order = 0;

    void add(qint64 time, const char* name, std::string extra = {})
    {
        events.push_back(DemoEvent{time, order++, name, std::move(extra)});
    }
};

UserTraits drawTraits(DemoRandom& rng)
{
    UserTraits t;
    t.country = rng.weighted({35, 15, 12, 12, 10, 8, 8});
    t.platform = rng.weighted({55, 25, 20});
    t.utm = rng.weighted({35, 25, 15, 10, 15});
    t.treatment = rng.chance(0.5);
    t.engagement = std::min(2.5, rng.logNormal(1.0, 0.45));
    t.updateLag = int(rng.below(3));
    return t;
}

// Signup, then the onboarding funnel: signup -> create_project -> invite_teammate -> upgrade.
void addOnboarding(DemoRandom& rng, const DemoFrame& f, DemoUser& user)
{
    const UserTraits& t = user.traits;
    user.signupAt = (f.firstDay + user.signupDay) * kDayMs + timeOfDayMs(rng);
    {
        std::string extra = "\"utm_source\":";
        json::appendString(extra, kUtmSources[size_t(t.utm)]);
        user.add(user.signupAt, "signup", std::move(extra));
    }
    const double createP = t.platform == 0 ? 0.72 : 0.62;
    if (rng.chance(createP)) {
        const qint64 created = user.signupAt + qint64(rng.logNormal(8.0, 0.9) * kMinuteMs);
        user.add(created, "create_project");
        bool invited = false;
        if (rng.chance(0.42)) {
            const qint64 invitedAt = created + qint64((2.0 + rng.exponential(10.0)) * kHourMs);
            user.add(invitedAt, "invite_teammate");
            invited = true;
            // The experiment: the onboarding checklist lifts upgrades among inviters.
            if (rng.chance(t.treatment ? 0.27 : 0.17))
                user.upgradeAt = invitedAt + qint64((0.5 + rng.exponential(3.0)) * kDayMs);
        }
        if (!invited && rng.chance(0.035))
            user.upgradeAt = created + qint64((1.0 + rng.exponential(5.0)) * kDayMs);
    }
    if (user.upgradeAt >= f.endMs)
        user.upgradeAt = -1;
    if (user.upgradeAt > 0)
        user.monthlyPrice = rng.chance(0.7) ? 29.0 : 99.0;
}

// Activity: decays with age since signup; later cohorts retain a little better.
void addActivity(DemoRandom& rng, const DemoFrame& f, DemoUser& user)
{
    const UserTraits& t = user.traits;
    const double cohortLift = 0.85 + 0.3 * user.signupDay / f.days;
    user.lastSeen = user.signupAt;
    for (int d = user.signupDay; d < f.days; ++d) {
        const int age = d - user.signupDay;
        const qint64 day = (f.firstDay + d) * kDayMs;
        const bool paid = user.upgradeAt > 0 && day + kDayMs > user.upgradeAt;
        double p = t.engagement * cohortLift * (0.5 * std::exp(-age / 5.0) + 0.16 * std::exp(-age / 70.0));
        if (paid)
            p *= 1.7;
        if (f.from.addDays(d).dayOfWeek() >= 6)
            p *= 0.6;
        if (d == f.anomalyIndex && t.platform == 0)
            p *= 0.25; // the planted outage: web users could not get in
        if (age > 0 && !rng.chance(std::min(0.95, p)))
            continue;
        const int sessions = 1 + (rng.chance(0.3) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0);
        for (int s = 0; s < sessions; ++s) {
            qint64 at = age == 0 && s == 0 ? user.signupAt + 20 * kMinuteMs : day + timeOfDayMs(rng);
            if (at >= day + kDayMs)
                at = day + kDayMs - 1;
            user.add(at, "app_open");
            const int n = 1 + int(rng.below(5));
            for (int k = 0; k < n; ++k) {
                at += 15000 + rng.below(4 * kMinuteMs);
                if (at >= f.endMs)
                    break;
                user.add(at, kSessionEvents[size_t(rng.weighted({40, 20, 20, 10, 10}))]);
            }
            user.lastSeen = std::max(user.lastSeen, at);
        }
        if (rng.chance(0.03)) {
            const int rating = 1
                               + rng.weighted(t.treatment ? std::initializer_list<double>{5, 8, 20, 37, 30}
                                                          : std::initializer_list<double>{8, 12, 25, 33, 22});
            std::string extra = "\"rating\":" + std::to_string(rating) + ",\"text\":";
            json::appendString(extra, kFeedbackTexts[size_t(rating - 1)][size_t(rng.below(2))]);
            user.add(day + timeOfDayMs(rng), "feedback_submitted", std::move(extra));
        }
    }
}

// Revenue: the upgrade, then a renewal every 30 days while the user is still around.
void addRevenue(const DemoFrame& f, DemoUser& user)
{
    if (user.upgradeAt <= 0)
        return;
    const double price = user.monthlyPrice;
    auto revenueExtra = [price](const char* kind) {
        std::string extra = "\"revenue\":";
        json::appendNumber(extra, price);
        extra += ",\"plan_bought\":";
        json::appendString(extra, price > 50 ? "team" : "pro");
        extra += ",\"billing\":";
        json::appendString(extra, kind);
        return extra;
    };
    user.add(user.upgradeAt, "upgrade", revenueExtra("new"));
    for (qint64 renew = user.upgradeAt + 30 * kDayMs; renew < f.endMs && renew <= user.lastSeen + 20 * kDayMs;
         renew += 30 * kDayMs)
        user.add(renew, "renewal", revenueExtra("renewal"));
}

const char* planOf(const DemoUser& user, bool paid)
{
    return paid ? (user.monthlyPrice > 50 ? "team" : "pro") : "free";
}

// The properties every event of the user carries, plus the event's own.
void eventProperties(const DemoFrame& f, const DemoUser& user, const DemoEvent& e, std::string& out)
{
    const UserTraits& t = user.traits;
    out = "{\"platform\":";
    json::appendString(out, kPlatforms[size_t(t.platform)]);
    out += ",\"country\":";
    json::appendString(out, kCountries[size_t(t.country)]);
    out += ",\"plan\":";
    json::appendString(out, planOf(user, user.upgradeAt > 0 && e.timeMs >= user.upgradeAt));
    // Twelve releases over the period (2.0 … 2.11); users run up to two releases behind.
    const int release = std::max(0, std::min(11, int((e.timeMs / kDayMs - f.firstDay) * 12 / f.days)) - t.updateLag);
    out += ",\"app_version\":\"2." + std::to_string(release) + "\"";
    out += ",\"exp_onboarding_checklist\":";
    json::appendString(out, t.treatment ? "treatment" : "control");
    if (!e.extraJson.empty()) {
        out.push_back(',');
        out += e.extraJson;
    }
    out.push_back('}');
}

std::string profileJson(const DemoUser& user, const char* id)
{
    const UserTraits& t = user.traits;
    std::string profile = "{\"$name\":";
    json::appendString(profile, std::string("Demo user ") + (id + 1));
    profile += ",\"country\":";
    json::appendString(profile, kCountries[size_t(t.country)]);
    profile += ",\"platform\":";
    json::appendString(profile, kPlatforms[size_t(t.platform)]);
    profile += ",\"plan\":";
    json::appendString(profile, planOf(user, user.upgradeAt > 0));
    profile += ",\"utm_source\":";
    json::appendString(profile, kUtmSources[size_t(t.utm)]);
    profile += "}";
    return profile;
}

// Writes the user's events in time order and their profile; returns the events written.
Result<qint64> writeUser(DemoRandom& rng, const DemoFrame& f, DemoUser& user, int index, store::EventWriter& writer,
                         qint64 sourceId)
{
    std::sort(user.events.begin(), user.events.end(), [](const DemoEvent& a, const DemoEvent& b) {
        return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.order < b.order;
    });
    char idBuffer[16];
    std::snprintf(idBuffer, sizeof idBuffer, "u%06d", index + 1);
    store::RawEvent raw;
    qint64 written = 0;
    for (const DemoEvent& e : user.events) {
        if (e.timeMs >= f.endMs)
            continue;
        raw.clear();
        raw.name = e.name;
        raw.distinctId = idBuffer;
        raw.timeMs = e.timeMs;
        raw.insertId = hex16(rng.next());
        raw.hasProcessingTime = true;
        raw.processingTimeMs = e.timeMs + 500 + rng.below(60000);
        eventProperties(f, user, e, raw.propertiesJson);
        const auto outcome = writer.write(raw, sourceId, time::floorDiv(e.timeMs, kDayMs));
        if (!outcome.ok())
            return outcome.error();
        ++written;
    }
    if (auto s = writer.upsertProfile(idBuffer, profileJson(user, idBuffer), f.endMs, sourceId); !s.ok())
        return s.error();
    return written;
}

} // namespace

DemoWorkspaceGenerator::DemoWorkspaceGenerator(DemoOptions options) : m_options(std::move(options)) {}

Result<DemoSummary> DemoWorkspaceGenerator::generate(store::Workspace& workspace, TaskContext& context)
{
    const int days = m_options.days;
    const int users = m_options.users;
    if (days < 28 || days > 3660 || users < 1 || users > 10000000)
        return makeError(Error::Code::Invalid, tr("The demo needs 28 to 3,660 days and 1 to 10,000,000 users."));
    const QDate to = m_options.end.isValid() ? m_options.end : QDateTime::currentDateTimeUtc().date().addDays(-1);
    DemoFrame frame;
    frame.from = to.addDays(-(days - 1));
    frame.days = days;
    frame.firstDay = time::daysFromCivil(frame.from.year(), frame.from.month(), frame.from.day());
    frame.endMs = (frame.firstDay + days) * kDayMs;
    frame.anomalyIndex = int(frame.from.daysTo(anomalyDay(frame.from, days)));

    store::EventWriter writer(workspace);
    const auto source = writer.ensureSource(QStringLiteral("demo"), QStringLiteral("demo"));
    if (!source.ok())
        return source.error();
    if (auto s = workspace.setSetting(store::Workspace::kReportingTimeZone, QStringLiteral("UTC")); !s.ok())
        return s.error();

    DemoRandom rng(m_options.seed);
    // Signups grow over the period and dip at weekends.
    std::vector<double> signupWeight(static_cast<size_t>(days));
    double totalWeight = 0;
    for (int d = 0; d < days; ++d) {
        const int weekday = frame.from.addDays(d).dayOfWeek();
        signupWeight[size_t(d)] = (1.0 + 1.5 * d / days) * (weekday >= 6 ? 0.55 : 1.0);
        totalWeight += signupWeight[size_t(d)];
    }

    DemoSummary summary;
    summary.from = frame.from;
    summary.to = to;
    summary.anomalyDay = anomalyDay(frame.from, days);
    summary.users = users;

    if (auto s = writer.begin(); !s.ok())
        return s.error();
    qint64 pendingWrites = 0;
    DemoUser user;
    for (int u = 0; u < users; ++u) {
        if (context.isCancelled()) {
            writer.rollback();
            return makeError(Error::Code::Cancelled, tr("Demo generation cancelled."));
        }
        context.report(u, users);
        // Signup day by the growth weights.
        double x = rng.uniform() * totalWeight;
        user = DemoUser{};
        while (user.signupDay < days - 1 && x >= signupWeight[size_t(user.signupDay)]) {
            x -= signupWeight[size_t(user.signupDay)];
            ++user.signupDay;
        }
        user.traits = drawTraits(rng);
        addOnboarding(rng, frame, user);
        addActivity(rng, frame, user);
        addRevenue(frame, user);
        const auto written = writeUser(rng, frame, user, u, writer, source.value());
        if (!written.ok()) {
            writer.rollback();
            return written.error();
        }
        summary.events += written.value();
        pendingWrites += written.value();
        if (pendingWrites >= 100000) {
            if (auto s = writer.commit(); !s.ok())
                return s.error();
            if (auto s = writer.begin(); !s.ok())
                return s.error();
            pendingWrites = 0;
        }
    }
    if (auto s = writer.commit(); !s.ok())
        return s.error();
    context.report(users, users);
    return summary;
}

} // namespace hc::demo
