namespace SgGrid.Grains.Hosting;

/// <summary>Names of the grain storage providers SgGrid's grains use; the silo binds them to Memory or Azure Table.</summary>
public static class SgGridStorage
{
    /// <summary>Control-plane state: groups, rules, ENIs, instances, VPCs, directories.</summary>
    public const string Name = "sggrid";
}
