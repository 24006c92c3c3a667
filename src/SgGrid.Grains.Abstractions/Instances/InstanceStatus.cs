namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>The instance statuses SgGrid reports (ECS's spelling).</summary>
public static class InstanceStatus
{
    public const string Running = "Running";
}
