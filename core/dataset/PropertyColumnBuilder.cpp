#include "core/dataset/PropertyColumnBuilder.h"

#include "core/util/JsonText.h"

namespace hc::dataset {

QString numberText(double value)
{
    std::string s;
    if (!json::appendNumber(s, value))
        return QString();
    return QString::fromStdString(s);
}

std::vector<qint32> groupCodesByText(const PropertyColumn& column, QStringList& texts)
{
    QHash<QString, qint32> byText;
    std::vector<qint32> groupOfCode;
    groupOfCode.reserve(size_t(column.values.size()));
    for (const QString& v : column.values) {
        auto it = byText.find(v);
        if (it == byText.end()) {
            it = byText.insert(v, qint32(texts.size()));
            texts.append(v);
        }
        groupOfCode.push_back(it.value());
    }
    return groupOfCode;
}

PropertyColumnBuilder::PropertyColumnBuilder(const QString& name, size_t eventCount)
{
    m_column.name = name;
    m_codes.assign(eventCount, PropertyColumn::kMissing);
}

qint32 PropertyColumnBuilder::code(const QString& text, bool numeric, double value)
{
    QHash<QString, qint32>& codes = numeric ? m_numberCodes : m_textCodes;
    auto it = codes.find(text);
    if (it != codes.end())
        return it.value();
    const auto c = qint32(m_column.values.size());
    m_column.values.append(text);
    m_column.numbers.push_back(numeric ? value : std::nan(""));
    codes.insert(text, c);
    return c;
}

void PropertyColumnBuilder::setNumber(size_t event, double value)
{
    m_codes[event] = code(numberText(value), true, value);
}

void PropertyColumnBuilder::setText(size_t event, const QString& text) { m_codes[event] = code(text, false, 0); }

PropertyColumn PropertyColumnBuilder::take()
{
    // The dictionary is complete only now: the codes narrow to what it needs.
    m_column.codes = PropertyCodes::from(m_codes, m_column.values.size());
    m_codes = {};
    return std::move(m_column);
}

} // namespace hc::dataset
