using SgGrid.Api.Ecs.Pipeline;

namespace SgGrid.Api.Ecs.Actions.VpcApi;

/// <summary>
/// DescribeZones (VPC API): the zones of a served region, where CreateVSwitch accepts a vSwitch, named in Chinese
/// (default) or English. <c>ZoneType</c> is <c>AvailabilityZone</c> (the default); SgGrid has no edge zones, so
/// <c>LocalZone</c> lists none.
/// </summary>
public sealed class DescribeZones : IRpcAction
{
    public const string AvailabilityZone = "AvailabilityZone";

    public string Name => nameof(DescribeZones);

    public string Version => ApiVersions.Vpc;

    public Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var language = reader.Optional("AcceptLanguage", 16);
        var zoneType = reader.Optional("ZoneType", 32) ?? AvailabilityZone;
        if (reader.Error is { } error)
        {
            return Task.FromResult(RpcResult.Fail(error));
        }

        var english = ZoneNames.IsEnglish(language);
        var options = context.Regions.Regions.FirstOrDefault(r => r.RegionId == region!.RegionId);
        var zones = options is null || zoneType != AvailabilityZone
            ? []
            : options.Zones.Select(z => new Zone($"{options.RegionId}-{z}", ZoneNames.Of(options, z, english), AvailabilityZone)).ToArray();
        return Task.FromResult(RpcResult.Ok(new Response(new ZoneList(zones))));
    }

    public sealed record Response(ZoneList Zones);

    public sealed record ZoneList(IReadOnlyList<Zone> Zone);

    public sealed record Zone(string ZoneId, string LocalName, string ZoneType);
}
