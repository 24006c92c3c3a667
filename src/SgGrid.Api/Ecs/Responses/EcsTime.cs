using System.Globalization;

namespace SgGrid.Api.Ecs.Responses;

/// <summary>ECS's time formats: UTC ISO 8601 to the second, and to the minute for instances.</summary>
public static class EcsTime
{
    /// <summary><c>2021-08-31T03:12:29Z</c> (groups, rules, ENIs, VPCs, vSwitches).</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>2017-12-10T04:04Z</c> (instances).</summary>
    public static string FormatMinutes(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
