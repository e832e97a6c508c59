// Conditions, escaped names and the option vocabulary of funnels and retention: any text is
// parsed or refused with a message, and a parsed condition reads back the same from its text.
#include "core/analysis/query/Condition.h"
#include "core/analysis/query/EscapedText.h"
#include "core/analysis/query/FunnelOptions.h"
#include "core/analysis/query/RetentionOptions.h"

#include <cstdlib>

namespace {

void checkCondition(const QString& text)
{
    QString error;
    const auto c = hc::analysis::parseCondition(text, error);
    if (!c) {
        if (error.isEmpty())
            std::abort();
        return;
    }
    QString again;
    const auto back = hc::analysis::parseCondition(c->text, again);
    if (!back || back->property != c->property || back->op != c->op || back->values != c->values)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    checkCondition(text);
    for (const QString& part : hc::analysis::splitEscaped(text, QLatin1Char(',')))
        hc::analysis::unescape(part);
    // Lines as KEY=VALUE options of a funnel and of a retention query.
    hc::analysis::QueryOptions options;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            options.add(line.left(eq), line.mid(eq + 1));
    }
    const auto funnel = hc::analysis::FunnelOptions::parse(options);
    if (!funnel.ok() && funnel.error().message.isEmpty())
        std::abort();
    const auto retention = hc::analysis::RetentionOptions::parse(options);
    if (!retention.ok() && retention.error().message.isEmpty())
        std::abort();
    return 0;
}
