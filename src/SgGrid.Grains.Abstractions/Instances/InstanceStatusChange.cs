namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>What StartInstance(s), StopInstance(s) and RebootInstance(s) ask of an instance.</summary>
[GenerateSerializer, Alias("sggrid.InstanceStatusChange")]
public enum InstanceStatusChange : byte
{
    /// <summary>Stopped → Starting → Running.</summary>
    Start = 1,

    /// <summary>Running → Stopping → Stopped.</summary>
    Stop = 2,

    /// <summary>Running → Starting → Running.</summary>
    Reboot = 3,
}
