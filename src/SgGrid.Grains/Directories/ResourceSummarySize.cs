using System.Text;
using SgGrid.Grains.Abstractions.Directories;

namespace SgGrid.Grains.Directories;

/// <summary>
/// An upper estimate of a summary's stored size (Orleans binary serializer: strings as UTF-8 with short length and
/// field headers), so the directory's partitions split before they pass their bound (docs/scale.md).
/// </summary>
internal static class ResourceSummarySize
{
    private const int Fixed = 48;
    private const int PerString = 4;

    public static int Estimate(string id, ResourceSummary summary)
    {
        var size = Fixed + Of(id) + Of(summary.Id) + Of(summary.VpcId) + Of(summary.Name) + Of(summary.VSwitchId) + Of(summary.InstanceId) +
            Of(summary.ZoneId) + Of(summary.ResourceGroupId);
        foreach (var (key, value) in summary.Tags)
        {
            size += Of(key) + Of(value);
        }

        foreach (var (key, value) in summary.Attributes)
        {
            size += Of(key) + Of(value);
        }

        foreach (var (key, values) in summary.AttributeSets)
        {
            size += Of(key) + PerString;
            if (!values.IsDefault)
            {
                foreach (var value in values)
                {
                    size += Of(value);
                }
            }
        }

        return size;
    }

    private static int Of(string? text) => PerString + (text is null ? 0 : Encoding.UTF8.GetByteCount(text));
}
