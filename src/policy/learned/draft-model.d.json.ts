// The model file is large; declaring its type here keeps the type checker from inferring one.
declare const storedModel: unknown;
export default storedModel;
