#pragma once

#include "core/report/TableData.h"

#include <QJsonObject>

#include <vector>

namespace hc::report {

// The tables inside a command's JSON result, for `hitcraft-cli export`: every top-level array of
// objects is a table named after its key, one row per object. Scalars become columns, nested
// objects dotted columns (srm.p_value), arrays of scalars one "a; b" cell, and a nested array of
// objects is unrolled into one row per element beside its parent's columns (a trend's series and
// their points become label, t, value rows). Top-level scalars, when there is no array, make a
// one-row table named "result". Column kinds are inferred (numbers, ISO days, text).
std::vector<TableData> tablesFromJson(const QJsonObject& document);

// The table a CSV export writes when none is named: the first of a fixed order of the keys the
// analysis commands use (points, steps, cohorts, days, kpis, series, …), else the first table.
const TableData* primaryTable(const std::vector<TableData>& tables);

} // namespace hc::report
