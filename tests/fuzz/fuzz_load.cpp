// libFuzzer target for the CSV or JSON reader (FUZZ_FORMAT chooses which): any bytes in, a chart
// or a clear error out, never a crash, a hang or a tree that is not one.
#include "orgchartfile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult result = parseOrgChart(bytes, QStringLiteral("fuzz." FUZZ_FORMAT));
    if (result.chart.has_value() == !result.error.isEmpty())
        std::abort(); // a chart and an error, or neither
    if (!result.chart)
        return 0;
    // Every node hangs below exactly one root: counting down from the roots meets each once.
    const OrgChart &chart = *result.chart;
    size_t reached = 0;
    std::vector<int> stack(chart.roots.begin(), chart.roots.end());
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        if (++reached > chart.nodes.size())
            std::abort();
        stack.insert(stack.end(), chart.nodes[size_t(node)].children.begin(), chart.nodes[size_t(node)].children.end());
    }
    if (reached != chart.nodes.size())
        std::abort();
    return 0;
}
