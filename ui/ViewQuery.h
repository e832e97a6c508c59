#pragma once

#include <QJsonObject>

class QWidget;

namespace hc::ui {

// A view's whole query as its controls hold it (event pickers, measures, steps, windows,
// breakdowns, check boxes…), keyed by each control's object or accessible name: what undo/redo
// steps between and what a saved view keeps. Restoring a choice a picker does not list yet
// (its events arrive with the data) adds it, and the picker's refill keeps it when it is there.
class ViewQuery {
public:
    // A control with this property set to true helps edit the query without being part of it.
    static constexpr const char* kNotInQuery = "hcNotInQuery";

    static QJsonObject capture(const QWidget* controls);
    // Sets every control named in `query`; only combo boxes signal the change.
    static void restore(QWidget* controls, const QJsonObject& query);
};

} // namespace hc::ui
