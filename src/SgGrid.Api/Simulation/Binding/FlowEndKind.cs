namespace SgGrid.Api.Simulation.Binding;

public enum FlowEndKind
{
    NetworkInterface,
    Instance,
    Address,
}
