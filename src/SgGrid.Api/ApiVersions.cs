namespace SgGrid.Api;

/// <summary>The API versions served on the one endpoint, as the SDKs send them in <c>x-acs-version</c> or <c>Version</c>.</summary>
public static class ApiVersions
{
    /// <summary>ECS: security groups, ENIs, instances, prefix lists, regions.</summary>
    public const string Ecs = "2014-05-26";

    /// <summary>VPC: VPCs and vSwitches.</summary>
    public const string Vpc = "2016-04-28";

    /// <summary>SgGrid's own actions: flow checks, reachability, what-if, health.</summary>
    public const string Simulation = "2026-11-28";

    /// <summary>The product an action's version belongs to, for the error body's HostId (<c>ecs</c>, <c>vpc</c>, <c>sggrid</c>).</summary>
    public static string ProductOf(string? version) => version switch
    {
        Vpc => "vpc",
        Simulation => "sggrid",
        _ => "ecs",
    };
}
